<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="26"/>
        <source>Content edition: no dated change recorded.</source>
        <translation>Издание материалов: датированных изменений не записано.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="27"/>
        <source>Content edition of %1 (the newest change recorded in the content).</source>
        <translation>Издание материалов от %1 (последнее изменение, записанное в материалах).</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="33"/>
        <source>Licences: the program code is MIT-licensed (LICENSE). The project&apos;s own handbook, checklist, screening and curricula text is licensed under Creative Commons Attribution 4.0 (CC BY 4.0, LICENSE-CONTENT); official legal texts quoted in it are not covered.</source>
        <translation>Лицензии: код программы распространяется по лицензии MIT (LICENSE). Собственный текст проекта (пособие, контрольные листы, руководства по опросу и учебные программы) распространяется по лицензии Creative Commons «С указанием авторства» 4.0 (CC BY 4.0, LICENSE-CONTENT); цитируемые в нём официальные правовые тексты под неё не подпадают.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="36"/>
        <source>Fonts: DejaVu Sans (Bitstream Vera and DejaVu licence, free to use and redistribute).</source>
        <translation>Шрифты: DejaVu Sans (лицензия Bitstream Vera и DejaVu, свободное использование и распространение).</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="37"/>
        <source>Third-party libraries: %1.</source>
        <translation>Сторонние библиотеки: %1.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="30"/>
        <source>Interface &amp;Language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="33"/>
        <source>Follow the System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="33"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="34"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="34"/>
        <source>High Contrast</source>
        <translation>Высококонтрастная</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="35"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="37"/>
        <source>Text &amp;Size</source>
        <translation>&amp;Размер текста</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../tiphandbook/ui/common/background.py" line="96"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/background.py" line="97"/>
        <source>A task running in the background failed: %1</source>
        <translation>Фоновая задача завершилась с ошибкой: %1</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="37"/>
        <source>No bookmarks yet</source>
        <translation>Закладок пока нет</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="38"/>
        <source>Press Ctrl+D to bookmark the section you are reading.</source>
        <translation>Нажмите Ctrl+D, чтобы добавить в закладки раздел, который вы читаете.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="42"/>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="47"/>
        <source>&amp;Rename</source>
        <translation>Переи&amp;меновать</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="48"/>
        <source>Rename the selected bookmark (F2)</source>
        <translation>Переименовать выбранную закладку (F2)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="51"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="52"/>
        <source>Delete the selected bookmark (Delete)</source>
        <translation>Удалить выбранную закладку (Delete)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="78"/>
        <source>This section is not in the loaded content.</source>
        <translation>Этого раздела нет среди загруженных материалов.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="93"/>
        <source>not in the loaded content</source>
        <translation>нет среди загруженных материалов</translation>
    </message>
</context>
<context>
    <name>CaseExport</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="34"/>
        <source>NOT ENCRYPTED: a copy of a case record, keep it with the case file</source>
        <translation>НЕ ЗАШИФРОВАНО: копия карточки дела, храните её в материалах дела</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="44"/>
        <source>Export is not encrypted</source>
        <translation>Экспорт не шифруется</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="45"/>
        <source>The exported file is not encrypted: anyone who can open it can read the case reference, the notes and the names in it. Save it only where the case file is kept, and delete copies you no longer need.</source>
        <translation>Экспортированный файл не зашифрован: любой, кто сможет его открыть, прочитает номер дела, заметки и имена, которые в нём есть. Сохраняйте его только там, где хранятся материалы дела, и удаляйте копии, которые больше не нужны.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="53"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="54"/>
        <source>Markdown files (*.md)</source>
        <translation>Файлы Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="57"/>
        <source>Export case record</source>
        <translation>Экспорт карточки дела</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="49"/>
        <source>&amp;Cases</source>
        <translation>&amp;Дела</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="50"/>
        <source>&amp;New Case Record…</source>
        <translation>&amp;Новая карточка дела…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="52"/>
        <source>&amp;Open Case Records…</source>
        <translation>&amp;Открыть карточки дел…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="54"/>
        <source>&amp;Lock Now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="58"/>
        <source>&amp;Change Passphrase…</source>
        <translation>&amp;Сменить парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="60"/>
        <source>&amp;Back Up All User Data…</source>
        <translation>Создать &amp;резервную копию всех данных пользователя…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="61"/>
        <source>&amp;Restore User Data from Backup…</source>
        <translation>&amp;Восстановить данные пользователя из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="133"/>
        <source>Case records locked.</source>
        <translation>Карточки дел заблокированы.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="142"/>
        <source>No checklists are loaded yet.</source>
        <translation>Контрольные листы ещё не загружены.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="164"/>
        <source>This checklist is not in the loaded content.</source>
        <translation>Этого контрольного листа нет среди загруженных материалов.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="172"/>
        <source>The case record was not started.</source>
        <translation>Запись по делу не создана.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="256"/>
        <source>Passphrase changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="262"/>
        <source>Back up all user data</source>
        <translation>Резервная копия всех данных пользователя</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="263"/>
        <source>tiphandbook backups (*.sqlite3)</source>
        <translation>Резервные копии tiphandbook (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="269"/>
        <source>Back up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="271"/>
        <source>Backed up to %1. Case records in it stay encrypted under the passphrase of today.</source>
        <translation>Резервная копия сохранена: %1. Карточки дел в ней остаются зашифрованными текущей парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="279"/>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="287"/>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="295"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="280"/>
        <source>Restoring replaces all user data on this computer (case records and quiz history) with the backup&apos;s. Anything added since that backup is lost. The records will then open with the passphrase that was in use when the backup was made.</source>
        <translation>При восстановлении все данные пользователя на этом компьютере (карточки дел и история тестов) заменяются данными из резервной копии. Всё, что было добавлено после её создания, будет потеряно. После этого карточки будут открываться парольной фразой, которая действовала на момент создания копии.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="288"/>
        <source>tiphandbook backups (*.sqlite3);;All files (*)</source>
        <translation>Резервные копии tiphandbook (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="297"/>
        <source>User data restored from the backup.</source>
        <translation>Данные пользователя восстановлены из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="302"/>
        <source>Check My &amp;Data…</source>
        <translation>Проверить мои &amp;данные…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="321"/>
        <source>No problem found: the database is sound and every case record is as tiphandbook wrote it.</source>
        <translation>Проблем не найдено: база данных исправна, и каждая запись по делу такова, какой её записал tiphandbook.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="324"/>
        <source>Problems were found. The details below name each damaged or altered record; the other records are not affected.</source>
        <translation>Обнаружены проблемы. Ниже перечислена каждая повреждённая или изменённая запись; остальные записи не затронуты.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="327"/>
        <source>Check my data</source>
        <translation>Проверка моих данных</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="152"/>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="153"/>
        <source>A forgotten passphrase means unreadable records.</source>
        <translation>Забытая парольная фраза означает нечитаемые записи.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="154"/>
        <source>Current passphrase:</source>
        <translation>Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="155"/>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="156"/>
        <source>Repeat new passphrase:</source>
        <translation>Повторите новую парольную фразу:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="157"/>
        <source>Someone else may know or have seen the old passphrase</source>
        <translation>Старую парольную фразу может знать или видеть кто-то другой</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="159"/>
        <source>Change the passphrase only (quick)</source>
        <translation>Только сменить парольную фразу (быстро)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="160"/>
        <source>Change the passphrase and re-encrypt everything with a new key</source>
        <translation>Сменить парольную фразу и перешифровать всё новым ключом</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="162"/>
        <source>Someone who learns the old passphrase later cannot open the records on this computer. But with an old copy of the data (a backup) and the old passphrase, everything can still be read, even what is written after the change.</source>
        <translation>Тот, кто позже узнает старую парольную фразу, не сможет открыть записи на этом компьютере. Но со старой копией данных (резервной копией) и старой парольной фразой можно прочитать всё, даже то, что записано после смены.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="165"/>
        <source>An old copy of the data and the old passphrase then open only what that copy already held, nothing written from now on. Delete old backups too: they stay readable with the old passphrase.</source>
        <translation>Тогда старая копия данных и старая парольная фраза откроют только то, что уже было в этой копии, и ничего из записанного с этого момента. Удалите и старые резервные копии: они остаются читаемыми со старой парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="185"/>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>Текущая парольная фраза неверна. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ClassroomView</name>
    <message>
        <location filename="../../tiphandbook/ui/training/classroom.py" line="54"/>
        <source>Slide number</source>
        <translation>Номер слайда</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/classroom.py" line="81"/>
        <source>← →: previous / next · Esc: close</source>
        <translation>← →: предыдущий / следующий · Esc: закрыть</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/classroom.py" line="83"/>
        <source>Space: show the answer · %1</source>
        <translation>Пробел: показать ответ · %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/screens.py" line="19"/>
        <source>Present on which screen?</source>
        <translation>На каком экране показывать?</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/screens.py" line="20"/>
        <source>Screen:</source>
        <translation>Экран:</translation>
    </message>
</context>
<context>
    <name>ContentUpdates</name>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="40"/>
        <source>The content folder %1 cannot be found; the bundled content is shown.</source>
        <translation>Папка с материалами %1 не найдена; показаны встроенные материалы.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="54"/>
        <source>Open Content &amp;Folder…</source>
        <translation>&amp;Открыть папку с материалами…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="55"/>
        <source>&amp;Install Content Pack…</source>
        <translation>&amp;Установить пакет материалов…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="56"/>
        <source>Use &amp;Bundled Content</source>
        <translation>Использовать &amp;встроенные материалы</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="68"/>
        <source>Open content folder</source>
        <translation>Открытие папки с материалами</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="73"/>
        <source>%1 is not a content folder: it has no handbook folder.</source>
        <translation>%1 не является папкой с материалами: в ней нет папки handbook.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="82"/>
        <source>Install content pack</source>
        <translation>Установка пакета материалов</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="83"/>
        <source>Content packs (*.zip);;All files (*)</source>
        <translation>Пакеты материалов (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="92"/>
        <source>The bundled content is already shown.</source>
        <translation>Встроенные материалы уже показаны.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="101"/>
        <source>Loading the content…</source>
        <translation>Загрузка материалов…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="125"/>
        <source>No chapter or module could be read from %1.</source>
        <translation>Не удалось прочитать ни одной главы или модуля из %1.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="129"/>
        <source>Content loaded from %1.</source>
        <translation>Материалы загружены из %1.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="134"/>
        <source>Content not changed</source>
        <translation>Материалы не изменены</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="135"/>
        <source>This content cannot be used, so the content you were reading stays as it was.

%1</source>
        <translation>Эти материалы использовать нельзя, поэтому материалы, которые вы читали, остаются без изменений.

%1</translation>
    </message>
</context>
<context>
    <name>ExternalLinks</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/external_links.py" line="16"/>
        <source>Open external link?</source>
        <translation>Открыть внешнюю ссылку?</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/external_links.py" line="17"/>
        <source>This link leaves the handbook and opens in your web browser; it needs an internet connection.

%1</source>
        <translation>Эта ссылка ведёт за пределы пособия и откроется в веб-браузере; для неё нужно подключение к интернету.

%1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="22"/>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="23"/>
        <source>Find in page</source>
        <translation>Поиск на странице</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="27"/>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="29"/>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="32"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="33"/>
        <source>Close find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="96"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="98"/>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="24"/>
        <source>Content problems</source>
        <translation>Ошибки в материалах</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="26"/>
        <source>These content files have errors. The items concerned were skipped; the rest of the content is available.</source>
        <translation>В этих файлах материалов есть ошибки. Затронутые элементы пропущены; остальные материалы доступны.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="60"/>
        <source>tiphandbook %1

An offline handbook and training tool for trafficking in persons cases.
Training edition: the official legal texts prevail. Nothing you do in this app leaves this computer.</source>
        <translation>tiphandbook %1

Офлайн-пособие и учебный инструмент по делам о торговле людьми.
Учебное издание: преимущественную силу имеют официальные тексты нормативных актов. Ничто из того, что вы делаете в этом приложении, не покидает этот компьютер.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="51"/>
        <source>About tiphandbook</source>
        <translation>О программе tiphandbook</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="93"/>
        <source>Continue where you left off</source>
        <translation>Продолжить с того места, где вы остановились</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="96"/>
        <source>Nothing read yet.</source>
        <translation>Вы ещё ничего не читали.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="100"/>
        <source>Start with:</source>
        <translation>Начните с:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="109"/>
        <source>Recently read</source>
        <translation>Недавно прочитанное</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="120"/>
        <source>Due for review</source>
        <translation>К повторению</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="122"/>
        <source>Nothing is due. Questions you miss in a quiz come back here for review.</source>
        <translation>Повторять пока нечего. Вопросы, на которые вы ответили неверно, возвращаются сюда для повторения.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="132"/>
        <source>Case records</source>
        <translation>Карточки дел</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="135"/>
        <source>Their contents stay locked until you enter your passphrase.</source>
        <translation>Их содержимое остаётся закрытым, пока вы не введёте парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="137"/>
        <source>No case record in progress. Start one from a checklist below.</source>
        <translation>Нет незавершённых карточек дел. Начните карточку с контрольного листа ниже.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="142"/>
        <source>The handbook</source>
        <translation>Пособие</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="156"/>
        <source>Checklists</source>
        <translation>Контрольные листы</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="158"/>
        <source>Checklists appear here once the handbook has opened.</source>
        <translation>Контрольные листы появятся здесь, когда справочник откроется.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="170"/>
        <source>Curricula</source>
        <translation>Учебные программы</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="56"/>
        <source>An offline handbook and training tool for investigators, prosecutors, judges and trainers working on trafficking in persons cases. Everything here works without an internet connection.</source>
        <translation>Офлайн-пособие и учебный инструмент для следователей, прокуроров, судей и преподавателей, работающих по делам о торговле людьми. Всё здесь работает без подключения к интернету.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="60"/>
        <source>Training edition: not an official publication. Where this handbook and the official legal texts differ, the official texts prevail.</source>
        <translation>Учебное издание, не официальная публикация. Если пособие расходится с официальными текстами нормативных актов, преимущественную силу имеют официальные тексты.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="65"/>
        <source>Opening the handbook…</source>
        <translation>Открытие пособия…</translation>
    </message>
</context>
<context>
    <name>HomeTexts</name>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="43"/>
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n глава</numerusform>
            <numerusform>%n главы</numerusform>
            <numerusform>%n глав</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="46"/>
        <source>%n question(s) due</source>
        <translation>
            <numerusform>%n вопрос к повторению</numerusform>
            <numerusform>%n вопроса к повторению</numerusform>
            <numerusform>%n вопросов к повторению</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="49"/>
        <source>%n case record(s) in progress</source>
        <translation>
            <numerusform>%n незавершённая карточка дела</numerusform>
            <numerusform>%n незавершённые карточки дела</numerusform>
            <numerusform>%n незавершённых карточек дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryLoader</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/app.py" line="51"/>
        <source>The handbook could not be opened</source>
        <translation>Не удалось открыть справочник</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/app.py" line="52"/>
        <source>The content in %1 could not be read: %2</source>
        <translation>Не удалось прочитать материалы в %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="84"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="140"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="141"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="142"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="143"/>
        <source>Find in Page…</source>
        <translation>Найти на странице…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="144"/>
        <source>Find Next</source>
        <translation>Найти следующее</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="145"/>
        <source>Find Previous</source>
        <translation>Найти предыдущее</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="146"/>
        <source>Zoom In</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="147"/>
        <source>Zoom Out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="148"/>
        <source>Actual Size</source>
        <translation>Исходный размер</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="149"/>
        <source>Go to Contents</source>
        <translation>Перейти к содержанию</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="150"/>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="151"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="152"/>
        <source>About tiphandbook</source>
        <translation>О программе tiphandbook</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="153"/>
        <source>Translation Status…</source>
        <translation>Состояние переводов…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="154"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="161"/>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="178"/>
        <source>Content language:</source>
        <translation>Язык материалов:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="182"/>
        <source>Content language</source>
        <translation>Язык материалов</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="190"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="193"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="202"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="208"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="278"/>
        <source>%n content problem(s)</source>
        <translation>
            <numerusform>%n ошибка в материалах</numerusform>
            <numerusform>%n ошибки в материалах</numerusform>
            <numerusform>%n ошибок в материалах</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="111"/>
        <source>Some content files have errors and were skipped. Click for details.</source>
        <translation>В некоторых файлах материалов есть ошибки, эти файлы пропущены. Нажмите, чтобы узнать подробности.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="286"/>
        <source>Your data</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="306"/>
        <source>This page is not in the loaded content.</source>
        <translation>Этой страницы нет среди загруженных материалов.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="370"/>
        <source>This link cannot be opened.</source>
        <translation>Эту ссылку невозможно открыть.</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="22"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="34"/>
        <source>Handbook</source>
        <translation>Пособие</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="40"/>
        <source>Curricula</source>
        <translation>Учебные программы</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="45"/>
        <source>Checklists</source>
        <translation>Контрольные листы</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="194"/>
        <source>New case record</source>
        <translation>Новая карточка дела</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="199"/>
        <source>Checklist</source>
        <translation>Контрольный лист</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="204"/>
        <source>Checklist:</source>
        <translation>Контрольный лист:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="206"/>
        <source>Case reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="207"/>
        <source>e.g. the case or file number</source>
        <translation>например, номер уголовного дела или материала</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="208"/>
        <source>Case reference:</source>
        <translation>Номер дела:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="210"/>
        <source>Case title</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="211"/>
        <source>Case title:</source>
        <translation>Название дела:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="214"/>
        <source>Identify victims and witnesses only by initials or a code: never by full name, address or anything else that identifies them, here or in the notes.</source>
        <translation>Указывайте потерпевших и свидетелей только инициалами или кодом — ни здесь, ни в заметках никогда не пишите полное имя, адрес или иные данные, по которым можно установить личность.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="220"/>
        <source>Start record</source>
        <translation>Создать карточку</translation>
    </message>
</context>
<context>
    <name>NotSaved</name>
    <message>
        <location filename="../../tiphandbook/ui/common/not_saved.py" line="14"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="48"/>
        <source>Note on this section</source>
        <translation>Заметка к этому разделу</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="50"/>
        <source>Write a note on this section. It is saved as you type and stays on this computer, unencrypted: keep case details in the case records.</source>
        <translation>Напишите заметку к этому разделу. Она сохраняется по мере ввода и хранится на этом компьютере без шифрования: сведения по делу записывайте в карточки дел.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="56"/>
        <source>Delete Note</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="62"/>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="70"/>
        <source>All notes</source>
        <translation>Все заметки</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="65"/>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="66"/>
        <source>Search notes</source>
        <translation>Поиск по заметкам</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="100"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="104"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="107"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="118"/>
        <source>Open a chapter, a module or a checklist to write a note on it.</source>
        <translation>Откройте главу, модуль или контрольный лист, чтобы написать к нему заметку.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="120"/>
        <source>Note on: %1</source>
        <translation>Заметка к разделу: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="131"/>
        <source>No notes match.</source>
        <translation>Подходящих заметок нет.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="131"/>
        <source>No notes yet.</source>
        <translation>Заметок пока нет.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="132"/>
        <source>Try other words.</source>
        <translation>Попробуйте другие слова.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="133"/>
        <source>Your notes on the sections you read are listed here (Ctrl+Shift+M writes one).</source>
        <translation>Здесь собраны ваши заметки к прочитанным разделам (Ctrl+Shift+M — написать заметку).</translation>
    </message>
</context>
<context>
    <name>OfficerWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="81"/>
        <source>Screening interview — %1</source>
        <translation>Первичная беседа — %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="94"/>
        <source>%1 · the person reads: %2</source>
        <translation>%1 · собеседник читает: %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="118"/>
        <source>What the person said, in your words</source>
        <translation>Что сказал собеседник, своими словами</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="125"/>
        <source>Show to the Person…</source>
        <translation>Показать собеседнику…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="126"/>
        <source>End Interview</source>
        <translation>Завершить беседу</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="149"/>
        <source>Details for the referral note</source>
        <translation>Сведения для справки</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="169"/>
        <source>Second language of the note:</source>
        <translation>Второй язык справки:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="171"/>
        <source>Second language of the note</source>
        <translation>Второй язык справки</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="175"/>
        <source>Referral Note (PDF)…</source>
        <translation>Справка для перенаправления (PDF)…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="187"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="197"/>
        <source>Answers so far</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="198"/>
        <source>Indicators raised</source>
        <translation>Выявленные признаки</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="199"/>
        <source>Observations and notes</source>
        <translation>Наблюдения и заметки</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="202"/>
        <source>Double-click or Enter on an answer to correct it</source>
        <translation>Двойной щелчок или Enter на ответе — исправить его</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="204"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="204"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="204"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="218"/>
        <source>Note as Observed</source>
        <translation>Отметить как замеченное</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="224"/>
        <source>A note (Enter adds it with the time)</source>
        <translation>Заметка (Enter добавляет её со временем)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="242"/>
        <source>seen by you</source>
        <translation>замечено вами</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="277"/>
        <source>The person reads: %1</source>
        <translation>Собеседник читает: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="293"/>
        <source>Why ask:</source>
        <translation>Зачем спрашивать:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="293"/>
        <source>What an answer may indicate:</source>
        <translation>На что может указывать ответ:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="293"/>
        <source>In the handbook:</source>
        <translation>В пособии:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="377"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="379"/>
        <source>Saved (encrypted) at %1.</source>
        <translation>Сохранено (в зашифрованном виде) в %1.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="392"/>
        <source>Referral note saved to %1 (not encrypted).</source>
        <translation>Справка сохранена в %1 (не зашифрована).</translation>
    </message>
</context>
<context>
    <name>OrderingInput</name>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="204"/>
        <source>Items to put in order</source>
        <translation>Элементы, которые нужно упорядочить</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="206"/>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="207"/>
        <source>Move &amp;down</source>
        <translation>Переместить вн&amp;из</translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <location filename="../../tiphandbook/ui/common/page_printer.py" line="48"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>ParallelLanguages</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="170"/>
        <source>&amp;Parallel Languages…</source>
        <translation>&amp;Параллельные языки…</translation>
    </message>
</context>
<context>
    <name>ParallelReader</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="72"/>
        <source>Parallel languages</source>
        <translation>Параллельные языки</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="80"/>
        <source>&amp;Page:</source>
        <translation>&amp;Страница:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="81"/>
        <source>beside</source>
        <translation>рядом с</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="83"/>
        <source>Language on the left</source>
        <translation>Язык слева</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="84"/>
        <source>Language on the right</source>
        <translation>Язык справа</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="86"/>
        <source>Print or Save as PDF…</source>
        <translation>Печать или сохранение в PDF…</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="64"/>
        <source>Print or save as PDF</source>
        <translation>Печать или сохранение в PDF</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="67"/>
        <source>What to print:</source>
        <translation>Что напечатать:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="78"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="80"/>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="100"/>
        <source>&amp;Print or Save as PDF…</source>
        <translation>&amp;Печать или сохранение в PDF…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="119"/>
        <source>The checklist template: %1</source>
        <translation>Шаблон контрольного листа: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="124"/>
        <source>This module: %1</source>
        <translation>Этот модуль: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="124"/>
        <source>This chapter: %1</source>
        <translation>Эта глава: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="130"/>
        <source>The whole part: %1</source>
        <translation>Вся часть: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="134"/>
        <source>The whole curriculum: %1</source>
        <translation>Вся учебная программа: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="142"/>
        <source>Open a chapter, a module or a checklist to print it.</source>
        <translation>Откройте главу, модуль или контрольный лист, чтобы напечатать его.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="166"/>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="173"/>
        <source>Save as PDF</source>
        <translation>Сохранение в PDF</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="166"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="175"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="199"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="42"/>
        <source>Training progress</source>
        <translation>Прогресс обучения</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Best score</source>
        <translation>Лучший результат</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Last attempt</source>
        <translation>Последняя попытка</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="46"/>
        <source>Due for review</source>
        <translation>К повторению</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="47"/>
        <source>Progress by module</source>
        <translation>Прогресс по модулям</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="52"/>
        <source>No quiz taken yet</source>
        <translation>Тестов пока не было</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="53"/>
        <source>Take a module&apos;s quiz (Training › Take the Module&apos;s Quiz, Ctrl+Shift+Q): your best score, attempts and the questions due for review appear here.</source>
        <translation>Пройдите тест модуля (Обучение › Пройти тест модуля, Ctrl+Shift+Q): здесь появятся лучший результат, число попыток и вопросы к повторению.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="56"/>
        <source>&amp;Export results to CSV…</source>
        <translation>&amp;Экспорт результатов в CSV…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="62"/>
        <source>Double-click a module to open its quiz. Everything here stays on this computer.</source>
        <translation>Дважды щёлкните модуль, чтобы открыть его тест. Все эти данные остаются на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="74"/>
        <source>Other quizzes</source>
        <translation>Другие тесты</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="96"/>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="105"/>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="107"/>
        <source>Export results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="96"/>
        <source>Student&apos;s name (written in each row):</source>
        <translation>Имя слушателя (записывается в каждую строку):</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="99"/>
        <source>Export results to CSV</source>
        <translation>Экспорт результатов в CSV</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="99"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="105"/>
        <source>Could not write the file: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="107"/>
        <source>%n attempt(s) written.</source>
        <translation>
            <numerusform>Записана %n попытка.</numerusform>
            <numerusform>Записаны %n попытки.</numerusform>
            <numerusform>Записано %n попыток.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="45"/>
        <source>Time left</source>
        <translation>Осталось времени</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="59"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="63"/>
        <source>Feedback</source>
        <translation>Комментарий к ответу</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="71"/>
        <source>← &amp;Previous</source>
        <translation>← &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="72"/>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="73"/>
        <source>&amp;Try again</source>
        <translation>Попробовать &amp;ещё раз</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="74"/>
        <source>&amp;Next →</source>
        <translation>&amp;Далее →</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="106"/>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="106"/>
        <source>&amp;Finish exam</source>
        <translation>&amp;Завершить экзамен</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="134"/>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="158"/>
        <source>Choose or type an answer first.</source>
        <translation>Сначала выберите или введите ответ.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="177"/>
        <source>Finish the exam?</source>
        <translation>Завершить экзамен?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/question_page.py" line="178"/>
        <source>%n question(s) not answered yet. Finish the exam anyway?</source>
        <translation>
            <numerusform>Без ответа остался %n вопрос. Всё равно завершить экзамен?</numerusform>
            <numerusform>Без ответа остались %n вопроса. Всё равно завершить экзамен?</numerusform>
            <numerusform>Без ответа осталось %n вопросов. Всё равно завершить экзамен?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="180"/>
        <source>Finish practice?</source>
        <translation>Завершить тренировку?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/question_page.py" line="181"/>
        <source>You have answered %1 of %n question(s). Finish now? The score counts the answered ones only; the others are not counted as missed.</source>
        <translation>
            <numerusform>Вы ответили на %1 из %n вопроса. Завершить сейчас? Результат учитывает только отвеченные вопросы; остальные не считаются ошибками.</numerusform>
            <numerusform>Вы ответили на %1 из %n вопросов. Завершить сейчас? Результат учитывает только отвеченные вопросы; остальные не считаются ошибками.</numerusform>
            <numerusform>Вы ответили на %1 из %n вопросов. Завершить сейчас? Результат учитывает только отвеченные вопросы; остальные не считаются ошибками.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="195"/>
        <source>Time left: %1</source>
        <translation>Осталось времени: %1</translation>
    </message>
</context>
<context>
    <name>QuizWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="70"/>
        <source>Quiz: %1</source>
        <translation>Тест: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="98"/>
        <source>%n question(s) · pass mark %1%</source>
        <translation>
            <numerusform>%n вопрос · проходной балл %1%</numerusform>
            <numerusform>%n вопроса · проходной балл %1%</numerusform>
            <numerusform>%n вопросов · проходной балл %1%</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="106"/>
        <source>&amp;Practice</source>
        <translation>&amp;Тренировка</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="108"/>
        <source>Feedback and the explanation after each answer; try again when you miss</source>
        <translation>Комментарий и пояснение после каждого ответа; при ошибке можно попробовать ещё раз</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="109"/>
        <source>&amp;Exam</source>
        <translation>&amp;Экзамен</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="110"/>
        <source>No feedback until the end; a result with pass or fail</source>
        <translation>Без комментариев до конца; итог — сдано или не сдано</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="111"/>
        <source>The questions you missed, back on a spaced schedule</source>
        <translation>Вопросы, на которые вы ответили неверно, возвращаются для интервального повторения</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="114"/>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="115"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="116"/>
        <source>Exam time limit in minutes</source>
        <translation>Ограничение времени экзамена в минутах</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="118"/>
        <source>Exam &amp;time limit:</source>
        <translation>&amp;Время на экзамен:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="130"/>
        <source>Present in &amp;classroom</source>
        <translation>Показать в &amp;аудитории</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="131"/>
        <source>Print &amp;handout…</source>
        <translation>Печать &amp;раздаточного материала…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="132"/>
        <source>Print answer &amp;key…</source>
        <translation>Печать &amp;ключа ответов…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="156"/>
        <source>For trainers:</source>
        <translation>Для преподавателей:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="167"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="170"/>
        <source>&amp;Review missed questions</source>
        <translation>&amp;Повторить вопросы с ошибками</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="172"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Вернуться к началу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="192"/>
        <source>Your best score: %1 in %n attempt(s).</source>
        <translation>
            <numerusform>Ваш лучший результат: %1 за %n попытку.</numerusform>
            <numerusform>Ваш лучший результат: %1 за %n попытки.</numerusform>
            <numerusform>Ваш лучший результат: %1 за %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="194"/>
        <source>You have not taken this quiz yet.</source>
        <translation>Вы ещё не проходили этот тест.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="196"/>
        <source>%n question(s) due for review now.</source>
        <translation>
            <numerusform>Сейчас пора повторить %n вопрос.</numerusform>
            <numerusform>Сейчас пора повторить %n вопроса.</numerusform>
            <numerusform>Сейчас пора повторить %n вопросов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="198"/>
        <source>&amp;Review (%n due)</source>
        <translation>
            <numerusform>&amp;Повторение (%n вопрос)</numerusform>
            <numerusform>&amp;Повторение (%n вопроса)</numerusform>
            <numerusform>&amp;Повторение (%n вопросов)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="215"/>
        <source>This sitting will not be recorded in your history.</source>
        <translation>Это прохождение не будет записано в вашу историю.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="228"/>
        <source>Your answers from now on will not be recorded.</source>
        <translation>Ваши ответы с этого момента не будут записываться.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="239"/>
        <source>Your result was not saved in your history.</source>
        <translation>Ваш результат не сохранён в истории.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="250"/>
        <source>Exam not finished</source>
        <translation>Экзамен не завершён</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="251"/>
        <source>This exam is not finished. Finish it now and record the result of the answers given so far? Unanswered questions count as missed.</source>
        <translation>Экзамен ещё не завершён. Завершить его сейчас и записать результат по уже данным ответам? Вопросы без ответа будут засчитаны как неверные.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/reader_view.py" line="35"/>
        <source>Reading pane</source>
        <translation>Область чтения</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="52"/>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="63"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="80"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="81"/>
        <source>&amp;Bookmark This Section</source>
        <translation>&amp;Добавить раздел в закладки</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="83"/>
        <source>&amp;Show Bookmarks</source>
        <translation>&amp;Показать закладки</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="86"/>
        <source>&amp;Note on This Section…</source>
        <translation>&amp;Заметка к этому разделу…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="89"/>
        <source>Notes &amp;Panel</source>
        <translation>Панель за&amp;меток</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="136"/>
        <source>You have a note on this section. Click to open it.</source>
        <translation>К этому разделу у вас есть заметка. Нажмите, чтобы открыть её.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="150"/>
        <source>Open a chapter, a module or a checklist to bookmark it.</source>
        <translation>Откройте главу, модуль или контрольный лист, чтобы добавить его в закладки.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="155"/>
        <source>The bookmark was not added.</source>
        <translation>Закладка не добавлена.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="158"/>
        <source>Bookmarked: %1</source>
        <translation>Добавлено в закладки: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="158"/>
        <source>Already bookmarked: %1</source>
        <translation>Уже в закладках: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="180"/>
        <source>The bookmark was not renamed.</source>
        <translation>Закладка не переименована.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="187"/>
        <source>The bookmark was not deleted.</source>
        <translation>Закладка не удалена.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="190"/>
        <source>Bookmark deleted.</source>
        <translation>Закладка удалена.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="200"/>
        <source>Open a chapter, a module or a checklist to write a note on it.</source>
        <translation>Откройте главу, модуль или контрольный лист, чтобы написать к нему заметку.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="247"/>
        <source>The note was not saved; its text stays in the Notes panel.</source>
        <translation>Заметка не сохранена; её текст остаётся на панели заметок.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="242"/>
        <source>Open</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="242"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="243"/>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="73"/>
        <source>Case record — %1</source>
        <translation>Карточка дела — %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="106"/>
        <source>Try Again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="107"/>
        <source>Close Without Saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="128"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="135"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="135"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="135"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="136"/>
        <source>Checklist items</source>
        <translation>Пункты контрольного листа</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="178"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="180"/>
        <source>Note: refer to victims and witnesses by initials or a code only.</source>
        <translation>Заметка: указывайте потерпевших и свидетелей только инициалами или кодом.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="184"/>
        <source>The stored note could not be decrypted: it was damaged or altered, so it is not shown. A new note replaces it.</source>
        <translation>Сохранённую заметку не удалось расшифровать: она повреждена или изменена, поэтому не показывается. Новая заметка заменит её.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="198"/>
        <source>Sign-off</source>
        <translation>Подписание</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="205"/>
        <source>Signed off by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="208"/>
        <source>Sign-off date</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="210"/>
        <source>Signed off by:</source>
        <translation>Подписал:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="211"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="216"/>
        <source>Sign Off</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="217"/>
        <source>Export Markdown…</source>
        <translation>Экспорт в Markdown…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="218"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="252"/>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="321"/>
        <source>[unreadable]</source>
        <translation>[нечитаемо]</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="256"/>
        <source>%1 · template version %2 · started %3</source>
        <translation>%1 · версия шаблона %2 · начата %3</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="260"/>
        <source>A newer version of this checklist (version %1) is available. This record keeps the version it was started from, so nothing in it has changed.</source>
        <translation>Доступна более новая версия этого контрольного листа (версия %1). Карточка сохраняет версию, по которой она была начата, поэтому в ней ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="282"/>
        <source>This record was changed outside tiphandbook on or after %1.</source>
        <translation>Эта запись была изменена вне tiphandbook не ранее %1.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="283"/>
        <source>This record was changed outside tiphandbook.</source>
        <translation>Эта запись была изменена вне tiphandbook.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="284"/>
        <source>It is shown as stored and can no longer be changed; the other records are not affected. “tiphandbook data check” lists every altered record.</source>
        <translation>Она показана в том виде, в каком хранится, и больше не может быть изменена; остальные записи не затронуты. Команда «tiphandbook data check» перечисляет все изменённые записи.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="287"/>
        <source>Some parts of this record could not be decrypted because they were damaged or altered, and are not shown: %1.</source>
        <translation>Некоторые части этой карточки не удалось расшифровать, так как они повреждены или изменены; они не показываются: %1.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="269"/>
        <source>%1 of %2 items addressed</source>
        <translation>Отработано пунктов: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="299"/>
        <source> (required)</source>
        <translation> (обязательно)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="312"/>
        <source>shown in red in the list</source>
        <translation>выделены в списке красным</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="313"/>
        <source>Still open and required before sign-off (%1): %2</source>
        <translation>Не выполнены обязательные пункты, без которых нельзя подписать (%1): %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="319"/>
        <source>Mark every required item done or not applicable first.</source>
        <translation>Сначала отметьте каждый обязательный пункт как «Выполнено» или «Неприменимо».</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="324"/>
        <source>Signed off by %1 on %2. A signed record can no longer be changed.</source>
        <translation>Подписал: %1, дата: %2. Подписанную карточку больше нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="335"/>
        <source>Choose an item on the left.</source>
        <translation>Выберите пункт слева.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="338"/>
        <source>Read in the handbook: %1</source>
        <translation>Читать в пособии: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="350"/>
        <source>Last changed: %1</source>
        <translation>Последнее изменение: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="417"/>
        <source>Your last change is not saved yet: %1 It is still shown here; try again in a moment.</source>
        <translation>Последнее изменение ещё не сохранено: %1 Оно по-прежнему показано здесь; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="433"/>
        <source>Exported to %1 (not encrypted).</source>
        <translation>Экспортировано в %1 (без шифрования).</translation>
    </message>
</context>
<context>
    <name>RecordsWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="45"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="63"/>
        <source>Case records</source>
        <translation>Карточки дел</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="49"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="97"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="97"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="139"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="98"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="139"/>
        <source>Signed off</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="52"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Checklist</source>
        <translation>Контрольный лист</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="54"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="55"/>
        <source>Checklist:</source>
        <translation>Контрольный лист:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Case reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="66"/>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="75"/>
        <source>New Case Record…</source>
        <translation>Новая карточка дела…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="76"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="77"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="116"/>
        <source>All checklists</source>
        <translation>Все контрольные листы</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="129"/>
        <source>No case records match these filters.</source>
        <translation>Нет карточек дел, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="129"/>
        <source>No case records yet.</source>
        <translation>Карточек дел пока нет.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="130"/>
        <source>Choose “All” above to see every record.</source>
        <translation>Выберите «Все» выше, чтобы увидеть все карточки.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="131"/>
        <source>Start one from a checklist with New Case Record. Records are encrypted with your passphrase and stay on this computer.</source>
        <translation>Начните карточку с контрольного листа командой «Новая карточка дела». Карточки шифруются вашей парольной фразой и остаются на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="138"/>
        <source>[unreadable]</source>
        <translation>[нечитаемо]</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="151"/>
        <source>This record was changed outside tiphandbook; open it for details.</source>
        <translation>Эта запись была изменена вне tiphandbook; откройте её, чтобы узнать подробности.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="153"/>
        <source>Parts of this record could not be decrypted: they were damaged or altered.</source>
        <translation>Часть данных этой карточки не удалось расшифровать: они повреждены или изменены.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="176"/>
        <source>Delete case record</source>
        <translation>Удаление карточки дела</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="177"/>
        <source>Delete the case record “%1” and all its notes? This cannot be undone.</source>
        <translation>Удалить карточку дела «%1» и все её заметки? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="186"/>
        <source>The case record was not deleted.</source>
        <translation>Запись по делу не удалена.</translation>
    </message>
</context>
<context>
    <name>ReferralNote</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="62"/>
        <source>The referral note is not encrypted</source>
        <translation>Справка не зашифрована</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="63"/>
        <source>The PDF is not encrypted: anyone who can open it can read what the person said. Save it only where the case file is kept, hand the printout only to the service it is for, and delete copies you no longer need.</source>
        <translation>PDF-файл не зашифрован: любой, кто его откроет, прочтёт, что сказал собеседник. Сохраняйте его только там, где хранятся материалы дела, передавайте распечатку только той службе, для которой она предназначена, и удаляйте ненужные копии.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="71"/>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="79"/>
        <source>Save the referral note</source>
        <translation>Сохранить справку</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="72"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="69"/>
        <source>New &amp;Screening Interview…</source>
        <translation>Новая &amp;первичная беседа…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="71"/>
        <source>&amp;Hide Interview Screens</source>
        <translation>&amp;Скрыть экраны беседы</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="72"/>
        <source>&amp;Return to the Interview</source>
        <translation>&amp;Вернуться к беседе</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="95"/>
        <source>No screening guides are loaded yet.</source>
        <translation>Сценарии бесед ещё не загружены.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="124"/>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="127"/>
        <source>The interview was not started.</source>
        <translation>Беседа не начата.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="155"/>
        <source>its guide or the person&apos;s language is not in the loaded content</source>
        <translation>её сценария или языка собеседника нет в загруженном содержимом</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="158"/>
        <source>This interview cannot be opened: %1</source>
        <translation>Эту беседу нельзя открыть: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="169"/>
        <source>Screening interview</source>
        <translation>Первичная беседа</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../tiphandbook/ui/search/search.py" line="34"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="90"/>
        <source>Search (Ctrl+K)</source>
        <translation>Поиск (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="91"/>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="329"/>
        <source>Search the handbook</source>
        <translation>Поиск по пособию</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="93"/>
        <source>Kind of result</source>
        <translation>Тип результата</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="95"/>
        <source>Part or academy</source>
        <translation>Часть или академия</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="97"/>
        <source>Audience</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="99"/>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="110"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="125"/>
        <source>Opening the handbook…</source>
        <translation>Открытие пособия…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="145"/>
        <source>Search is unavailable: %1</source>
        <translation>Поиск недоступен: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="146"/>
        <source>Indexing…</source>
        <translation>Индексирование…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="153"/>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="153"/>
        <source>Handbook</source>
        <translation>Пособие</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="153"/>
        <source>Modules</source>
        <translation>Модули</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="154"/>
        <source>Checklists</source>
        <translation>Контрольные листы</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="154"/>
        <source>Quizzes</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="170"/>
        <source>All parts and academies</source>
        <translation>Все части и академии</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="181"/>
        <source>All audiences</source>
        <translation>Для всех</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="207"/>
        <source>Indexing… results will appear when the index is ready.</source>
        <translation>Индексирование… результаты появятся, когда индекс будет готов.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="263"/>
        <source>Too long: not searched: %1</source>
        <translation>Запрос слишком длинный; не искали: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="266"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="268"/>
        <source>close spellings</source>
        <translation>похожие написания</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="270"/>
        <source>show more</source>
        <translation>показать ещё</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="271"/>
        <source>The first %1 — scroll down or %2</source>
        <translation>Первые %1 — прокрутите вниз или %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="330"/>
        <source>Type a word or a phrase: chapters, modules, checklists and quizzes are searched as you type. Recent searches are listed here.</source>
        <translation>Введите слово или фразу: поиск по главам, модулям, контрольным листам и тестам идёт по мере ввода. Здесь показаны недавние запросы.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="334"/>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="335"/>
        <source>Try fewer or other words, another filter, or All languages.</source>
        <translation>Попробуйте меньше слов или другие слова, другой фильтр или «Все языки».</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="255"/>
        <source>No results. Did you mean %1?</source>
        <translation>Ничего не найдено. Возможно, вы имели в виду %1?</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="256"/>
        <source>No results.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="281"/>
        <source>%n result(s) in English</source>
        <translation>
            <numerusform>%n результат в тексте на английском</numerusform>
            <numerusform>%n результата в тексте на английском</numerusform>
            <numerusform>%n результатов в тексте на английском</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="282"/>
        <source>%n result(s) in Russian</source>
        <translation>
            <numerusform>%n результат в тексте на русском</numerusform>
            <numerusform>%n результата в тексте на русском</numerusform>
            <numerusform>%n результатов в тексте на русском</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="283"/>
        <source>%n result(s) in Uzbek</source>
        <translation>
            <numerusform>%n результат в тексте на узбекском</numerusform>
            <numerusform>%n результата в тексте на узбекском</numerusform>
            <numerusform>%n результатов в тексте на узбекском</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="285"/>
        <source>show them</source>
        <translation>показать</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="286"/>
        <source>No results in this language.</source>
        <translation>На этом языке ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="301"/>
        <source>Indexing… %1%</source>
        <translation>Индексирование… %1%</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="322"/>
        <source>Recent searches</source>
        <translation>Недавние запросы</translation>
    </message>
</context>
<context>
    <name>SetUpPassphraseDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="104"/>
        <source>Protect case records</source>
        <translation>Защита карточек дел</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="106"/>
        <source>Case records are encrypted on this computer with a passphrase that you choose now. You will be asked for it to open them, and again after the records lock when the app is left idle.</source>
        <translation>Карточки дел шифруются на этом компьютере парольной фразой, которую вы сейчас выберете. Она будет запрашиваться при их открытии, а также после того, как карточки заблокируются из-за бездействия.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="109"/>
        <source>If you forget this passphrase, your case records cannot be read: not by you, not by an administrator, not by the developers. There is no reset and no recovery.</source>
        <translation>Если вы забудете эту парольную фразу, прочитать карточки дел не сможет никто: ни вы, ни администратор, ни разработчики. Сбросить или восстановить её невозможно.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="111"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="112"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>не менее %n символа</numerusform>
            <numerusform>не менее %n символов</numerusform>
            <numerusform>не менее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="113"/>
        <source>Repeat passphrase:</source>
        <translation>Повторите парольную фразу:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="114"/>
        <source>I understand that a forgotten passphrase means unreadable records.</source>
        <translation>Я понимаю, что, если парольная фраза будет забыта, карточки прочитать не удастся.</translation>
    </message>
</context>
<context>
    <name>ShortAnswerInput</name>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="265"/>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="266"/>
        <source>Type your answer</source>
        <translation>Введите ответ</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="58"/>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="62"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="61"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="61"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="77"/>
        <source>Everywhere else: Tab and Shift+Tab move between controls; in the contents, lists and search results the arrow keys move and Enter opens; in the bookmarks F2 renames and Delete deletes; Alt and a menu&apos;s underlined letter open that menu; Esc closes a dialog or the find bar, and leaves a note for the text.</source>
        <translation>В остальных случаях: Tab и Shift+Tab переходят между элементами управления; в содержании, списках и результатах поиска клавиши со стрелками перемещают выделение, а Enter открывает; в закладках F2 переименовывает, а Delete удаляет; Alt и подчёркнутая буква меню открывают это меню; Esc закрывает диалоговое окно или панель поиска, а из заметки возвращает к тексту.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="81"/>
        <source>In a quiz window: Esc or Ctrl+W closes it (an exam under way asks first); F5 presents that quiz in the classroom.</source>
        <translation>В окне теста: Esc или Ctrl+W закрывают его (идущий экзамен сначала спросит); F5 показывает этот тест в классе.</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="22"/>
        <source>New screening interview</source>
        <translation>Новая первичная беседа</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="30"/>
        <source>A case reference; no name is needed</source>
        <translation>Условный номер дела; имя не нужно</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="31"/>
        <source>The person&apos;s name is not asked for: the reference links the interview to the case file. The interview is saved encrypted with the case records.</source>
        <translation>Имя собеседника не требуется: условный номер связывает беседу с материалами дела. Беседа сохраняется в зашифрованном виде вместе с записями по делам.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="34"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Сценарий:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="35"/>
        <source>The person &amp;reads:</source>
        <translation>Собеседник &amp;читает на:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="36"/>
        <source>Case &amp;reference:</source>
        <translation>&amp;Условный номер:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="40"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="38"/>
        <source>&amp;Training</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="39"/>
        <source>Take the Module&apos;s &amp;Quiz…</source>
        <translation>Пройти &amp;тест модуля…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="41"/>
        <source>&amp;Present Quiz in Classroom…</source>
        <translation>Показать тест в &amp;аудитории…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="43"/>
        <source>Present &amp;Lesson Plan</source>
        <translation>Показать план &amp;занятия</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="45"/>
        <source>P&amp;rogress…</source>
        <translation>&amp;Прогресс обучения…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="47"/>
        <source>Print Quiz &amp;Handout…</source>
        <translation>Печать &amp;раздаточного материала теста…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="49"/>
        <source>Print Quiz Answer &amp;Key…</source>
        <translation>Печать &amp;ключа ответов теста…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="51"/>
        <source>&amp;Export Quiz for Moodle…</source>
        <translation>&amp;Экспорт теста для Moodle…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="101"/>
        <source>No quizzes are loaded yet.</source>
        <translation>Тесты ещё не загружены.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="104"/>
        <source>Choose a quiz</source>
        <translation>Выбор теста</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="104"/>
        <source>Quiz:</source>
        <translation>Тест:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="124"/>
        <source>This quiz is not in the loaded content.</source>
        <translation>Этого теста нет среди загруженных материалов.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="173"/>
        <source>Open a module of a curriculum first.</source>
        <translation>Сначала откройте модуль учебной программы.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="206"/>
        <source>Print quiz handout to PDF</source>
        <translation>Печать раздаточного материала теста в PDF</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="206"/>
        <source>Print answer key to PDF</source>
        <translation>Печать ключа ответов в PDF</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="207"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="223"/>
        <location filename="../../tiphandbook/ui/training/training.py" line="252"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="230"/>
        <source>GIFT for Moodle (*.gift *.txt)</source>
        <translation>GIFT для Moodle (*.gift *.txt)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="230"/>
        <source>Moodle XML (*.xml)</source>
        <translation>Moodle XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="231"/>
        <source>Export quiz for Moodle</source>
        <translation>Экспорт теста для Moodle</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="238"/>
        <source>Export quiz</source>
        <translation>Экспорт теста</translation>
    </message>
</context>
<context>
    <name>TranslationStatusDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="21"/>
        <source>Translation Status</source>
        <translation>Состояние переводов</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="22"/>
        <source>current</source>
        <translation>актуален</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="22"/>
        <source>out of date</source>
        <translation>устарел</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="23"/>
        <source>source not recorded</source>
        <translation>исходный текст не указан</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="23"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="24"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="24"/>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="27"/>
        <source>Translation status</source>
        <translation>Состояние переводов</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="28"/>
        <source>English file</source>
        <translation>Английский файл</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="39"/>
        <source>%1 of %2 texts are current in every language.</source>
        <translation>Во всех языках актуальны %1 из %2 текстов.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="130"/>
        <source>Unlock case records</source>
        <translation>Разблокировка карточек дел</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="131"/>
        <source>Enter your passphrase to open the case records.</source>
        <translation>Введите парольную фразу, чтобы открыть карточки дел.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="132"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="142"/>
        <source>That passphrase is not correct. Nothing was changed; try again.</source>
        <translation>Парольная фраза неверна. Ничего не изменено; попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>_PassphraseDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="93"/>
        <source>This passphrase is too weak: %1</source>
        <translation>Эта парольная фраза слишком слабая: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="95"/>
        <source>The two passphrases are not the same.</source>
        <translation>Введённые парольные фразы не совпадают.</translation>
    </message>
</context>
</TS>
