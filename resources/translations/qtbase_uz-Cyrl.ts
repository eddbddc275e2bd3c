<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Cyrl_UZ" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Жилд</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Жилд</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Ёрлиқ</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>Ёрлиқ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Номаълум</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Ҳаммасини белгилаш</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Бир қадам &amp;юқорига</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Бир қадам &amp;пастга</translation>
    </message>
</context>
<context>
    <name>QCocoaTheme</name>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Сақламаслик</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Жойлашув:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Файл &amp;номи:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файл &amp;тури:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Жилд:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Очиш</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақлаш</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Танлаш</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Очиш</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Бошқа ном билан сақлаш</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Жилдни танлаш</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Орқага</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Орқага қайтиш</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Олдинга</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Олдинга ўтиш</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Юқори жилд</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Юқори жилдга ўтиш</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Янги жилд яратиш</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Янги жилд яратиш</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Рўйхат</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Рўйхат кўринишига ўтиш</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Батафсил</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Батафсил кўринишга ўтиш</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Ён панель</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Жойлар ва хатчўплар рўйхати</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файллар</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Жилдлар</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Янги жилд</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Янги жилд</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Номини ўзгартириш</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ўчириш</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Яширин &amp;файлларни кўрсатиш</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Кўрсатиш: </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Олиб ташлаш</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ўчириш</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Барча файллар (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барча файллар (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 аллақачон мавжуд.
Уни алмаштирасизми?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл топилмади.
Файл номи тўғри кўрсатилганини текширинг.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Жилд топилмади.
Жилд номи тўғри кўрсатилганини текширинг.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>«%1» ўчирилсинми?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» ёзишдан ҳимояланган.
Барибир ўчирилсинми?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Жилдни ўчириб бўлмади.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Номи</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ҳажми</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Тури</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>Match OS X Finder</comment>
        <translation>Тури</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ўзгартирилган сана</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менинг компьютерим</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Файл номи нотўғри</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» номидан фойдаланиб бўлмайди.&lt;/b&gt;&lt;p&gt;Камроқ белгидан иборат ёки тиниш белгиларисиз бошқа ном киритинг.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақлаш</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Бекор қилиш</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Ёпиш</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Сақламасдан ёпиш</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Қийматни киритинг:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор қилиш</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайтариш</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесиб олиш</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Нусха олиш</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Жойлаш</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ўчириш</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ҳаммасини белгилаш</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Тафсилотларни кўрсатиш...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Тафсилотларни яшириш...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақлаш</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Ҳаммасини сақлаш</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Очиш</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ҳа</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ҳа&amp;ммасига ҳа</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Йўқ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ҳаммасига й&amp;ўқ</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Тўхтатиш</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайта уриниш</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Эътиборсиз қолдириш</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақламаслик</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ёрдам</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қўллаш</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Қайта ўрнатиш</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Стандарт қийматларни тиклаш</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Шу ерга айлантириш</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Энг юқорига</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Энг пастга</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Бир саҳифа юқорига</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Бир саҳифа пастга</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Юқорига айлантириш</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Пастга айлантириш</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Чап четга</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Ўнг четга</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Бир саҳифа чапга</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Бир саҳифа ўнгга</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Чапга айлантириш</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Ўнгга айлантириш</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор қилиш</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайтариш</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесиб олиш</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Нусха олиш</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Ҳавола манзилидан нусха олиш</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Жойлаш</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ўчириш</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ҳаммасини белгилаш</translation>
    </message>
</context>
</TS>
