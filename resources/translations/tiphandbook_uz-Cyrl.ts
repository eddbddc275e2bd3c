<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Cyrl_UZ">
<context>
    <name></name>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="26"/>
        <source>Content edition: no dated change recorded.</source>
        <translation>Материаллар нашри: санаси кўрсатилган ўзгариш ёзилмаган.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="27"/>
        <source>Content edition of %1 (the newest change recorded in the content).</source>
        <translation>Материалларнинг %1 даги нашри (материалларда ёзилган энг сўнгги ўзгариш).</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="33"/>
        <source>Licences: the program code is MIT-licensed (LICENSE). The project&apos;s own handbook, checklist, screening and curricula text is licensed under Creative Commons Attribution 4.0 (CC BY 4.0, LICENSE-CONTENT); official legal texts quoted in it are not covered.</source>
        <translation>Лицензиялар: дастур коди MIT лицензияси асосида тарқатилади (LICENSE). Лойиҳанинг ўз матни (қўлланма, назорат варақалари, сўров йўриқномалари ва ўқув дастурлари) Creative Commons «Муаллифликни кўрсатиш» 4.0 лицензияси асосида тарқатилади (CC BY 4.0, LICENSE-CONTENT); унда келтирилган расмий ҳуқуқий матнларга бу лицензия татбиқ этилмайди.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="36"/>
        <source>Fonts: DejaVu Sans (Bitstream Vera and DejaVu licence, free to use and redistribute).</source>
        <translation>Шрифтлар: DejaVu Sans (Bitstream Vera ва DejaVu лицензияси, эркин фойдаланиш ва тарқатиш мумкин).</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="37"/>
        <source>Third-party libraries: %1.</source>
        <translation>Учинчи томон кутубхоналари: %1.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="30"/>
        <source>Interface &amp;Language</source>
        <translation>&amp;Интерфейс тили</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="33"/>
        <source>Follow the System</source>
        <translation>Тизимдагидек</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="33"/>
        <source>Light</source>
        <translation>Ёруғ</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="34"/>
        <source>Dark</source>
        <translation>Қоронғи</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="34"/>
        <source>High Contrast</source>
        <translation>Юқори контраст</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="35"/>
        <source>&amp;Theme</source>
        <translation>&amp;Мавзу</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="37"/>
        <source>Text &amp;Size</source>
        <translation>Матн &amp;ўлчами</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../tiphandbook/ui/common/background.py" line="96"/>
        <source>Something went wrong</source>
        <translation>Нимадир нотўғри кетди</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/background.py" line="97"/>
        <source>A task running in the background failed: %1</source>
        <translation>Фонда бажарилаётган вазифа хато билан тугади: %1</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="37"/>
        <source>No bookmarks yet</source>
        <translation>Ҳозирча хатчўплар йўқ</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="38"/>
        <source>Press Ctrl+D to bookmark the section you are reading.</source>
        <translation>Ўқиётган бўлимингизни хатчўпларга қўшиш учун Ctrl+D тугмасини босинг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="42"/>
        <source>Bookmarks</source>
        <translation>Хатчўплар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="47"/>
        <source>&amp;Rename</source>
        <translation>&amp;Номини ўзгартириш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="48"/>
        <source>Rename the selected bookmark (F2)</source>
        <translation>Танланган хатчўп номини ўзгартириш (F2)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="51"/>
        <source>&amp;Delete</source>
        <translation>Ў&amp;чириш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="52"/>
        <source>Delete the selected bookmark (Delete)</source>
        <translation>Танланган хатчўпни ўчириш (Delete)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="78"/>
        <source>This section is not in the loaded content.</source>
        <translation>Бу бўлим юкланган материаллар орасида йўқ.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="93"/>
        <source>not in the loaded content</source>
        <translation>юкланган материаллар орасида йўқ</translation>
    </message>
</context>
<context>
    <name>CaseExport</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="34"/>
        <source>NOT ENCRYPTED: a copy of a case record, keep it with the case file</source>
        <translation>ШИФРЛАНМАГАН: иш карточкасининг нусхаси, уни иш материаллари билан бирга сақланг</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="44"/>
        <source>Export is not encrypted</source>
        <translation>Экспорт қилинган файл шифрланмайди</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="45"/>
        <source>The exported file is not encrypted: anyone who can open it can read the case reference, the notes and the names in it. Save it only where the case file is kept, and delete copies you no longer need.</source>
        <translation>Экспорт қилинган файл шифрланмаган: уни оча оладиган ҳар қандай шахс иш рақами, изоҳлар ва ундаги исмларни ўқий олади. Уни фақат иш материаллари сақланадиган жойда сақланг ва энди керак бўлмаган нусхаларни ўчириб ташланг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="53"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файллари (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="54"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown файллари (*.md)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="57"/>
        <source>Export case record</source>
        <translation>Иш карточкасини экспорт қилиш</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="49"/>
        <source>&amp;Cases</source>
        <translation>&amp;Ишлар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="50"/>
        <source>&amp;New Case Record…</source>
        <translation>&amp;Янги иш карточкаси…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="52"/>
        <source>&amp;Open Case Records…</source>
        <translation>Иш карточкаларини &amp;очиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="54"/>
        <source>&amp;Lock Now</source>
        <translation>Ҳозир &amp;қулфлаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="58"/>
        <source>&amp;Change Passphrase…</source>
        <translation>&amp;Пароль иборасини ўзгартириш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="60"/>
        <source>&amp;Back Up All User Data…</source>
        <translation>Барча фойдаланувчи маълумотларини &amp;захиралаш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="61"/>
        <source>&amp;Restore User Data from Backup…</source>
        <translation>Фойдаланувчи маълумотларини захира нусхадан &amp;тиклаш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="133"/>
        <source>Case records locked.</source>
        <translation>Иш карточкалари қулфланди.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="142"/>
        <source>No checklists are loaded yet.</source>
        <translation>Назорат варақалари ҳали юкланмаган.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="164"/>
        <source>This checklist is not in the loaded content.</source>
        <translation>Бу назорат варақаси юкланган материаллар орасида йўқ.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="172"/>
        <source>The case record was not started.</source>
        <translation>Иш ёзуви бошланмади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="256"/>
        <source>Passphrase changed.</source>
        <translation>Пароль ибораси ўзгартирилди.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="262"/>
        <source>Back up all user data</source>
        <translation>Барча фойдаланувчи маълумотларини захиралаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="263"/>
        <source>tiphandbook backups (*.sqlite3)</source>
        <translation>tiphandbook захира нусхалари (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="269"/>
        <source>Back up</source>
        <translation>Захиралаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="271"/>
        <source>Backed up to %1. Case records in it stay encrypted under the passphrase of today.</source>
        <translation>Захира нусха сақланди: %1. Ундаги иш карточкалари бугунги пароль ибораси билан шифрланган ҳолда қолади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="279"/>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="287"/>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="295"/>
        <source>Restore from backup</source>
        <translation>Захира нусхадан тиклаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="280"/>
        <source>Restoring replaces all user data on this computer (case records and quiz history) with the backup&apos;s. Anything added since that backup is lost. The records will then open with the passphrase that was in use when the backup was made.</source>
        <translation>Тиклашда ушбу компьютердаги барча фойдаланувчи маълумотлари (иш карточкалари ва тестлар тарихи) захира нусхадаги маълумотлар билан алмаштирилади. Захира нусха олингандан кейин қўшилган ҳамма нарса йўқолади. Шундан сўнг карточкалар захира нусха олинган пайтда амалда бўлган пароль ибораси билан очилади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="288"/>
        <source>tiphandbook backups (*.sqlite3);;All files (*)</source>
        <translation>tiphandbook захира нусхалари (*.sqlite3);;Барча файллар (*)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="297"/>
        <source>User data restored from the backup.</source>
        <translation>Фойдаланувчи маълумотлари захира нусхадан тикланди.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="302"/>
        <source>Check My &amp;Data…</source>
        <translation>&amp;Маълумотларимни текшириш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="321"/>
        <source>No problem found: the database is sound and every case record is as tiphandbook wrote it.</source>
        <translation>Муаммо топилмади: маълумотлар базаси бутун ва ҳар бир иш ёзуви типҳандбоок ёзганидек.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="324"/>
        <source>Problems were found. The details below name each damaged or altered record; the other records are not affected.</source>
        <translation>Муаммолар топилди. Қуйида ҳар бир шикастланган ёки ўзгартирилган ёзув кўрсатилган; бошқа ёзувларга таъсир қилмайди.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="327"/>
        <source>Check my data</source>
        <translation>Маълумотларимни текшириш</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="152"/>
        <source>Change passphrase</source>
        <translation>Пароль иборасини ўзгартириш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="153"/>
        <source>A forgotten passphrase means unreadable records.</source>
        <translation>Унутилган парол ибораси ўқиб бўлмайдиган ёзувларни англатади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="154"/>
        <source>Current passphrase:</source>
        <translation>Жорий пароль ибораси:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="155"/>
        <source>New passphrase:</source>
        <translation>Янги пароль ибораси:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="156"/>
        <source>Repeat new passphrase:</source>
        <translation>Янги пароль иборасини такрорланг:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="157"/>
        <source>Someone else may know or have seen the old passphrase</source>
        <translation>Эски парол иборасини бошқа кимдир билиши ёки кўрган бўлиши мумкин</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="159"/>
        <source>Change the passphrase only (quick)</source>
        <translation>Фақат парол иборасини алмаштириш (тез)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="160"/>
        <source>Change the passphrase and re-encrypt everything with a new key</source>
        <translation>Парол иборасини алмаштириш ва ҳаммасини янги калит билан қайта шифрлаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="162"/>
        <source>Someone who learns the old passphrase later cannot open the records on this computer. But with an old copy of the data (a backup) and the old passphrase, everything can still be read, even what is written after the change.</source>
        <translation>Эски парол иборасини кейинроқ билиб олган киши бу компютердаги ёзувларни оча олмайди. Лекин маълумотларнинг эски нусхаси (захира нусха) ва эски парол ибораси билан ҳаммасини, ҳатто алмаштиришдан кейин ёзилганини ҳам ўқиш мумкин.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="165"/>
        <source>An old copy of the data and the old passphrase then open only what that copy already held, nothing written from now on. Delete old backups too: they stay readable with the old passphrase.</source>
        <translation>Шунда маълумотларнинг эски нусхаси ва эски парол ибораси фақат шу нусхада бор нарсани очади, бундан кейин ёзилганини эмас. Эски захира нусхаларни ҳам ўчиринг: улар эски парол ибораси билан ўқиладиган бўлиб қолади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="185"/>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>Жорий пароль ибораси нотўғри. Ҳеч нарса ўзгартирилмади.</translation>
    </message>
</context>
<context>
    <name>ClassroomView</name>
    <message>
        <location filename="../../tiphandbook/ui/training/classroom.py" line="54"/>
        <source>Slide number</source>
        <translation>Слайд рақами</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/classroom.py" line="81"/>
        <source>← →: previous / next · Esc: close</source>
        <translation>← →: олдинги / кейинги · Esc: ёпиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/classroom.py" line="83"/>
        <source>Space: show the answer · %1</source>
        <translation>Пробел: жавобни кўрсатиш · %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/screens.py" line="19"/>
        <source>Present on which screen?</source>
        <translation>Қайси экранда намойиш қилинсин?</translation>
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
        <translation>%1 материаллар жилди топилмади; илова таркибидаги материаллар кўрсатилмоқда.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="54"/>
        <source>Open Content &amp;Folder…</source>
        <translation>Материаллар &amp;жилдини очиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="55"/>
        <source>&amp;Install Content Pack…</source>
        <translation>Материаллар пакетини &amp;ўрнатиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="56"/>
        <source>Use &amp;Bundled Content</source>
        <translation>&amp;Илова таркибидаги материаллардан фойдаланиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="68"/>
        <source>Open content folder</source>
        <translation>Материаллар жилдини очиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="73"/>
        <source>%1 is not a content folder: it has no handbook folder.</source>
        <translation>%1 материаллар жилди эмас: унда handbook жилди йўқ.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="82"/>
        <source>Install content pack</source>
        <translation>Материаллар пакетини ўрнатиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="83"/>
        <source>Content packs (*.zip);;All files (*)</source>
        <translation>Материаллар пакетлари (*.zip);;Барча файллар (*)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="92"/>
        <source>The bundled content is already shown.</source>
        <translation>Илова таркибидаги материаллар аллақачон кўрсатилмоқда.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="101"/>
        <source>Loading the content…</source>
        <translation>Материаллар юкланмоқда…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="125"/>
        <source>No chapter or module could be read from %1.</source>
        <translation>%1 жилдидан бирорта ҳам боб ёки модулни ўқиб бўлмади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="129"/>
        <source>Content loaded from %1.</source>
        <translation>Материаллар %1 жилдидан юкланди.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="134"/>
        <source>Content not changed</source>
        <translation>Материаллар ўзгартирилмади</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="135"/>
        <source>This content cannot be used, so the content you were reading stays as it was.

%1</source>
        <translation>Бу материаллардан фойдаланиб бўлмайди, шунинг учун сиз ўқиётган материаллар ўзгаришсиз қолади.

%1</translation>
    </message>
</context>
<context>
    <name>ExternalLinks</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/external_links.py" line="16"/>
        <source>Open external link?</source>
        <translation>Ташқи ҳавола очилсинми?</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/external_links.py" line="17"/>
        <source>This link leaves the handbook and opens in your web browser; it needs an internet connection.

%1</source>
        <translation>Бу ҳавола қўлланмадан ташқарига олиб чиқади ва веб-браузерингизда очилади; бунинг учун интернетга уланиш керак.

%1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="22"/>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="23"/>
        <source>Find in page</source>
        <translation>Саҳифадан қидириш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="27"/>
        <source>Previous</source>
        <translation>Олдинги</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="29"/>
        <source>Next</source>
        <translation>Кейинги</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="32"/>
        <source>Close (Esc)</source>
        <translation>Ёпиш (Esc)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="33"/>
        <source>Close find bar</source>
        <translation>Қидирув панелини ёпиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="96"/>
        <source>%1 of %2</source>
        <translation>%2 тадан %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="98"/>
        <source>No matches</source>
        <translation>Топилмади</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="24"/>
        <source>Content problems</source>
        <translation>Материаллардаги хатолар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="26"/>
        <source>These content files have errors. The items concerned were skipped; the rest of the content is available.</source>
        <translation>Ушбу материал файлларида хатолар бор. Тегишли элементлар ўтказиб юборилди; қолган материаллардан фойдаланиш мумкин.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="60"/>
        <source>tiphandbook %1

An offline handbook and training tool for trafficking in persons cases.
Training edition: the official legal texts prevail. Nothing you do in this app leaves this computer.</source>
        <translation>tiphandbook %1

Одам савдоси ишлари бўйича офлайн қўлланма ва ўқув воситаси.
Ўқув нашри: расмий ҳуқуқий матнлар устун туради. Ушбу иловада қилган ҳеч бир ишингиз бу компьютердан ташқарига чиқмайди.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="51"/>
        <source>About tiphandbook</source>
        <translation>tiphandbook ҳақида</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="93"/>
        <source>Continue where you left off</source>
        <translation>Тўхтаган жойингиздан давом этинг</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="96"/>
        <source>Nothing read yet.</source>
        <translation>Ҳали ҳеч нарса ўқилмаган.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="100"/>
        <source>Start with:</source>
        <translation>Шундан бошланг:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="109"/>
        <source>Recently read</source>
        <translation>Яқинда ўқилганлар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="120"/>
        <source>Due for review</source>
        <translation>Такрорлаш учун</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="122"/>
        <source>Nothing is due. Questions you miss in a quiz come back here for review.</source>
        <translation>Такрорлаш учун ҳеч нарса йўқ. Тестда хато жавоб берган саволларингиз такрорлаш учун шу ерга қайтади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="132"/>
        <source>Case records</source>
        <translation>Иш карточкалари</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="135"/>
        <source>Their contents stay locked until you enter your passphrase.</source>
        <translation>Пароль иборасини киритмагунингизча уларнинг мазмуни ёпиқ туради.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="137"/>
        <source>No case record in progress. Start one from a checklist below.</source>
        <translation>Тугалланмаган иш карточкаси йўқ. Қуйидаги назорат варақасидан бирини бошланг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="142"/>
        <source>The handbook</source>
        <translation>Қўлланма</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="156"/>
        <source>Checklists</source>
        <translation>Назорат варақалари</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="158"/>
        <source>Checklists appear here once the handbook has opened.</source>
        <translation>Қўлланма очилгач, назорат варақалари шу ерда кўринади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="170"/>
        <source>Curricula</source>
        <translation>Ўқув дастурлари</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="56"/>
        <source>An offline handbook and training tool for investigators, prosecutors, judges and trainers working on trafficking in persons cases. Everything here works without an internet connection.</source>
        <translation>Одам савдоси ишлари билан шуғулланувчи терговчилар, прокурорлар, судьялар ва ўқитувчилар учун офлайн қўлланма ва ўқув воситаси. Бу ердаги ҳамма нарса интернетга уланмасдан ишлайди.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="60"/>
        <source>Training edition: not an official publication. Where this handbook and the official legal texts differ, the official texts prevail.</source>
        <translation>Ўқув нашри, расмий нашр эмас. Ушбу қўлланма ва расмий ҳуқуқий матнлар ўртасида фарқ бўлса, расмий матнлар устун туради.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="65"/>
        <source>Opening the handbook…</source>
        <translation>Қўлланма очилмоқда…</translation>
    </message>
</context>
<context>
    <name>HomeTexts</name>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="43"/>
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n та боб</numerusform>
            <numerusform>%n та боб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="46"/>
        <source>%n question(s) due</source>
        <translation>
            <numerusform>%n та савол такрорлаш учун</numerusform>
            <numerusform>%n та савол такрорлаш учун</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="49"/>
        <source>%n case record(s) in progress</source>
        <translation>
            <numerusform>%n та тугалланмаган иш карточкаси</numerusform>
            <numerusform>%n та тугалланмаган иш карточкаси</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryLoader</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/app.py" line="51"/>
        <source>The handbook could not be opened</source>
        <translation>Қўлланмани очиб бўлмади</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/app.py" line="52"/>
        <source>The content in %1 could not be read: %2</source>
        <translation>%1 даги материалларни ўқиб бўлмади: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="84"/>
        <source>Contents</source>
        <translation>Мундарижа</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="140"/>
        <source>Back</source>
        <translation>Орқага</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="141"/>
        <source>Forward</source>
        <translation>Олдинга</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="142"/>
        <source>Home</source>
        <translation>Бош саҳифа</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="143"/>
        <source>Find in Page…</source>
        <translation>Саҳифадан қидириш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="144"/>
        <source>Find Next</source>
        <translation>Кейингисини топиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="145"/>
        <source>Find Previous</source>
        <translation>Олдингисини топиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="146"/>
        <source>Zoom In</source>
        <translation>Катталаштириш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="147"/>
        <source>Zoom Out</source>
        <translation>Кичиклаштириш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="148"/>
        <source>Actual Size</source>
        <translation>Асл ўлчам</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="149"/>
        <source>Go to Contents</source>
        <translation>Мундарижага ўтиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="150"/>
        <source>Search…</source>
        <translation>Қидириш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="151"/>
        <source>Quit</source>
        <translation>Чиқиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="152"/>
        <source>About tiphandbook</source>
        <translation>tiphandbook ҳақида</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="153"/>
        <source>Translation Status…</source>
        <translation>Таржималар ҳолати…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="154"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Тезкор тугмалар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="161"/>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="178"/>
        <source>Content language:</source>
        <translation>Материаллар тили:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="182"/>
        <source>Content language</source>
        <translation>Материаллар тили</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="190"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="193"/>
        <source>&amp;View</source>
        <translation>&amp;Кўриниш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="202"/>
        <source>&amp;Go</source>
        <translation>&amp;Ўтиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="208"/>
        <source>&amp;Help</source>
        <translation>&amp;Ёрдам</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="278"/>
        <source>%n content problem(s)</source>
        <translation>
            <numerusform>Материалларда %n та хато</numerusform>
            <numerusform>Материалларда %n та хато</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="111"/>
        <source>Some content files have errors and were skipped. Click for details.</source>
        <translation>Баъзи материал файлларида хатолар бор, улар ўтказиб юборилди. Батафсил маълумот учун босинг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="286"/>
        <source>Your data</source>
        <translation>Сизнинг маълумотларингиз</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="306"/>
        <source>This page is not in the loaded content.</source>
        <translation>Бу саҳифа юкланган материаллар орасида йўқ.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="370"/>
        <source>This link cannot be opened.</source>
        <translation>Бу ҳаволани очиб бўлмайди.</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="22"/>
        <source>Contents</source>
        <translation>Мундарижа</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="34"/>
        <source>Handbook</source>
        <translation>Қўлланма</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="40"/>
        <source>Curricula</source>
        <translation>Ўқув дастурлари</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="45"/>
        <source>Checklists</source>
        <translation>Назорат варақалари</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="194"/>
        <source>New case record</source>
        <translation>Янги иш карточкаси</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="199"/>
        <source>Checklist</source>
        <translation>Назорат варақаси</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="204"/>
        <source>Checklist:</source>
        <translation>Назорат варақаси:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="206"/>
        <source>Case reference</source>
        <translation>Иш рақами</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="207"/>
        <source>e.g. the case or file number</source>
        <translation>масалан, жиноят иши ёки материал рақами</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="208"/>
        <source>Case reference:</source>
        <translation>Иш рақами:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="210"/>
        <source>Case title</source>
        <translation>Иш номи</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="211"/>
        <source>Case title:</source>
        <translation>Иш номи:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="214"/>
        <source>Identify victims and witnesses only by initials or a code: never by full name, address or anything else that identifies them, here or in the notes.</source>
        <translation>Жабрланувчилар ва гувоҳларни фақат бош ҳарфлари ёки код билан кўрсатинг: бу ерда ҳам, изоҳларда ҳам тўлиқ исми, манзили ёки шахсини аниқлаш мумкин бўлган бошқа маълумотларни ҳеч қачон ёзманг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="220"/>
        <source>Start record</source>
        <translation>Карточкани яратиш</translation>
    </message>
</context>
<context>
    <name>NotSaved</name>
    <message>
        <location filename="../../tiphandbook/ui/common/not_saved.py" line="14"/>
        <source>Not saved</source>
        <translation>Сақланмади</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="48"/>
        <source>Note on this section</source>
        <translation>Бу бўлимга изоҳ</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="50"/>
        <source>Write a note on this section. It is saved as you type and stays on this computer, unencrypted: keep case details in the case records.</source>
        <translation>Бу бўлимга изоҳ ёзинг. У ёзиш давомида сақланади ва шу компьютерда шифрланмаган ҳолда қолади: иш бўйича маълумотларни иш карточкаларига ёзинг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="56"/>
        <source>Delete Note</source>
        <translation>Изоҳни ўчириш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="62"/>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="70"/>
        <source>All notes</source>
        <translation>Барча изоҳлар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="65"/>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="66"/>
        <source>Search notes</source>
        <translation>Изоҳлардан қидириш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="100"/>
        <source>Saved</source>
        <translation>Сақланди</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="104"/>
        <source>Not saved: %1</source>
        <translation>Сақланмади: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="107"/>
        <source>Saving…</source>
        <translation>Сақланмоқда…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="118"/>
        <source>Open a chapter, a module or a checklist to write a note on it.</source>
        <translation>Изоҳ ёзиш учун боб, модуль ёки назорат варақасини очинг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="120"/>
        <source>Note on: %1</source>
        <translation>Бўлимга изоҳ: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="131"/>
        <source>No notes match.</source>
        <translation>Мос изоҳлар йўқ.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="131"/>
        <source>No notes yet.</source>
        <translation>Ҳозирча изоҳлар йўқ.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="132"/>
        <source>Try other words.</source>
        <translation>Бошқа сўзларни синаб кўринг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="133"/>
        <source>Your notes on the sections you read are listed here (Ctrl+Shift+M writes one).</source>
        <translation>Ўқиган бўлимларингизга ёзган изоҳларингиз шу ерда рўйхатланади (Ctrl+Shift+M изоҳ ёзади).</translation>
    </message>
</context>
<context>
    <name>OfficerWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="81"/>
        <source>Screening interview — %1</source>
        <translation>Дастлабки суҳбат — %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="94"/>
        <source>%1 · the person reads: %2</source>
        <translation>%1 · суҳбатдош ўқийди: %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="118"/>
        <source>What the person said, in your words</source>
        <translation>Суҳбатдош айтган гап, ўз сўзларингиз билан</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="125"/>
        <source>Show to the Person…</source>
        <translation>Суҳбатдошга кўрсатиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="126"/>
        <source>End Interview</source>
        <translation>Суҳбатни якунлаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="149"/>
        <source>Details for the referral note</source>
        <translation>Маълумотнома учун тафсилотлар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="169"/>
        <source>Second language of the note:</source>
        <translation>Маълумотноманинг иккинчи тили:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="171"/>
        <source>Second language of the note</source>
        <translation>Маълумотноманинг иккинчи тили</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="175"/>
        <source>Referral Note (PDF)…</source>
        <translation>Йўналтириш маълумотномаси (PDF)…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="187"/>
        <source>None</source>
        <translation>Йўқ</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="197"/>
        <source>Answers so far</source>
        <translation>Берилган жавоблар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="198"/>
        <source>Indicators raised</source>
        <translation>Аниқланган белгилар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="199"/>
        <source>Observations and notes</source>
        <translation>Кузатувлар ва қайдлар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="202"/>
        <source>Double-click or Enter on an answer to correct it</source>
        <translation>Жавобни тузатиш учун уни икки марта босинг ёки Enter тугмасини босинг</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="204"/>
        <source>Time</source>
        <translation>Вақт</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="204"/>
        <source>Question</source>
        <translation>Савол</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="204"/>
        <source>Answer</source>
        <translation>Жавоб</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="218"/>
        <source>Note as Observed</source>
        <translation>Кузатилган деб белгилаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="224"/>
        <source>A note (Enter adds it with the time)</source>
        <translation>Қайд (Enter уни вақти билан қўшади)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="242"/>
        <source>seen by you</source>
        <translation>сиз кузатгансиз</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="277"/>
        <source>The person reads: %1</source>
        <translation>Суҳбатдош ўқийди: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="293"/>
        <source>Why ask:</source>
        <translation>Нима учун сўралади:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="293"/>
        <source>What an answer may indicate:</source>
        <translation>Жавоб нимага ишора қилиши мумкин:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="293"/>
        <source>In the handbook:</source>
        <translation>Қўлланмада:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="377"/>
        <source>Not saved: %1</source>
        <translation>Сақланмади: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="379"/>
        <source>Saved (encrypted) at %1.</source>
        <translation>%1 да сақланди (шифрланган).</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="392"/>
        <source>Referral note saved to %1 (not encrypted).</source>
        <translation>Маълумотнома %1 га сақланди (шифрланмаган).</translation>
    </message>
</context>
<context>
    <name>OrderingInput</name>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="204"/>
        <source>Items to put in order</source>
        <translation>Тартибга солинадиган элементлар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="206"/>
        <source>Move &amp;up</source>
        <translation>Юқорига &amp;суриш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="207"/>
        <source>Move &amp;down</source>
        <translation>&amp;Пастга суриш</translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <location filename="../../tiphandbook/ui/common/page_printer.py" line="48"/>
        <source>Page %1 of %2</source>
        <translation>%1-саҳифа (жами %2)</translation>
    </message>
</context>
<context>
    <name>ParallelLanguages</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="170"/>
        <source>&amp;Parallel Languages…</source>
        <translation>&amp;Параллел тиллар…</translation>
    </message>
</context>
<context>
    <name>ParallelReader</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="72"/>
        <source>Parallel languages</source>
        <translation>Параллел тиллар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="80"/>
        <source>&amp;Page:</source>
        <translation>&amp;Саҳифа:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="81"/>
        <source>beside</source>
        <translation>ёнида</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="83"/>
        <source>Language on the left</source>
        <translation>Чапдаги тил</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="84"/>
        <source>Language on the right</source>
        <translation>Ўнгдаги тил</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="86"/>
        <source>Print or Save as PDF…</source>
        <translation>Чоп этиш ёки PDF сифатида сақлаш…</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="64"/>
        <source>Print or save as PDF</source>
        <translation>Чоп этиш ёки PDF форматида сақлаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="67"/>
        <source>What to print:</source>
        <translation>Нимани чоп этиш керак:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="78"/>
        <source>&amp;Print…</source>
        <translation>&amp;Чоп этиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="80"/>
        <source>Save as P&amp;DF…</source>
        <translation>PDF форматида &amp;сақлаш…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="100"/>
        <source>&amp;Print or Save as PDF…</source>
        <translation>&amp;Чоп этиш ёки PDF форматида сақлаш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="119"/>
        <source>The checklist template: %1</source>
        <translation>Назорат варақаси шаблони: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="124"/>
        <source>This module: %1</source>
        <translation>Ушбу модуль: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="124"/>
        <source>This chapter: %1</source>
        <translation>Ушбу боб: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="130"/>
        <source>The whole part: %1</source>
        <translation>Бутун қисм: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="134"/>
        <source>The whole curriculum: %1</source>
        <translation>Бутун ўқув дастури: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="142"/>
        <source>Open a chapter, a module or a checklist to print it.</source>
        <translation>Чоп этиш учун боб, модуль ёки назорат варақасини очинг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="166"/>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="173"/>
        <source>Save as PDF</source>
        <translation>PDF форматида сақлаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="166"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файллари (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="175"/>
        <source>Saved %1</source>
        <translation>Сақланди: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="199"/>
        <source>Print</source>
        <translation>Чоп этиш</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="42"/>
        <source>Training progress</source>
        <translation>Ўқув натижалари</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Best score</source>
        <translation>Энг яхши натижа</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Attempts</source>
        <translation>Уринишлар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Last attempt</source>
        <translation>Охирги уриниш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="46"/>
        <source>Due for review</source>
        <translation>Такрорлаш учун</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="47"/>
        <source>Progress by module</source>
        <translation>Модуллар бўйича натижалар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="52"/>
        <source>No quiz taken yet</source>
        <translation>Ҳали тест топширилмаган</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="53"/>
        <source>Take a module&apos;s quiz (Training › Take the Module&apos;s Quiz, Ctrl+Shift+Q): your best score, attempts and the questions due for review appear here.</source>
        <translation>Модуль тестини топширинг (Таълим › Модуль тестини топшириш, Ctrl+Shift+Q): энг яхши натижа, уринишлар сони ва такрорланадиган саволлар шу ерда кўринади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="56"/>
        <source>&amp;Export results to CSV…</source>
        <translation>Натижаларни CSV файлга &amp;экспорт қилиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="62"/>
        <source>Double-click a module to open its quiz. Everything here stays on this computer.</source>
        <translation>Модуль тестини очиш учун модулни икки марта босинг. Бу ердаги барча маълумотлар шу компьютерда қолади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="74"/>
        <source>Other quizzes</source>
        <translation>Бошқа тестлар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="96"/>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="105"/>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="107"/>
        <source>Export results</source>
        <translation>Натижаларни экспорт қилиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="96"/>
        <source>Student&apos;s name (written in each row):</source>
        <translation>Тингловчининг исми (ҳар бир қаторга ёзилади):</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="99"/>
        <source>Export results to CSV</source>
        <translation>Натижаларни CSV файлга экспорт қилиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="99"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файллари (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="105"/>
        <source>Could not write the file: %1</source>
        <translation>Файлни ёзиб бўлмади: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="107"/>
        <source>%n attempt(s) written.</source>
        <translation>
            <numerusform>%n та уриниш ёзилди.</numerusform>
            <numerusform>%n та уриниш ёзилди.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="45"/>
        <source>Time left</source>
        <translation>Қолган вақт</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="59"/>
        <source>Answer</source>
        <translation>Жавоб</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="63"/>
        <source>Feedback</source>
        <translation>Жавоб бўйича изоҳ</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="71"/>
        <source>← &amp;Previous</source>
        <translation>← &amp;Олдинги</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="72"/>
        <source>&amp;Check</source>
        <translation>&amp;Текшириш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="73"/>
        <source>&amp;Try again</source>
        <translation>&amp;Қайта уриниш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="74"/>
        <source>&amp;Next →</source>
        <translation>&amp;Кейинги →</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="106"/>
        <source>&amp;Finish</source>
        <translation>&amp;Якунлаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="106"/>
        <source>&amp;Finish exam</source>
        <translation>&amp;Имтиҳонни якунлаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="134"/>
        <source>Question %1 of %2</source>
        <translation>%2 та саволдан %1-савол</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="158"/>
        <source>Choose or type an answer first.</source>
        <translation>Аввал жавобни танланг ёки киритинг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="177"/>
        <source>Finish the exam?</source>
        <translation>Имтиҳон якунлансинми?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/question_page.py" line="178"/>
        <source>%n question(s) not answered yet. Finish the exam anyway?</source>
        <translation>
            <numerusform>%n та саволга ҳали жавоб берилмаган. Барибир имтиҳон якунлансинми?</numerusform>
            <numerusform>%n та саволга ҳали жавоб берилмаган. Барибир имтиҳон якунлансинми?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="180"/>
        <source>Finish practice?</source>
        <translation>Машқни якунлайсизми?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/question_page.py" line="181"/>
        <source>You have answered %1 of %n question(s). Finish now? The score counts the answered ones only; the others are not counted as missed.</source>
        <translation>
            <numerusform>Сиз %n та саволдан %1 тасига жавоб бердингиз. Ҳозир якунлайсизми? Натижа фақат жавоб берилган саволларни ҳисоблайди; қолганлари хато ҳисобланмайди.</numerusform>
            <numerusform>Сиз %n та саволдан %1 тасига жавоб бердингиз. Ҳозир якунлайсизми? Натижа фақат жавоб берилган саволларни ҳисоблайди; қолганлари хато ҳисобланмайди.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="195"/>
        <source>Time left: %1</source>
        <translation>Қолган вақт: %1</translation>
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
            <numerusform>%n та савол · ўтиш бали %1%</numerusform>
            <numerusform>%n та савол · ўтиш бали %1%</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="106"/>
        <source>&amp;Practice</source>
        <translation>&amp;Машқ</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="108"/>
        <source>Feedback and the explanation after each answer; try again when you miss</source>
        <translation>Ҳар бир жавобдан кейин изоҳ ва тушунтириш; хато қилсангиз, қайта уриниб кўришингиз мумкин</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="109"/>
        <source>&amp;Exam</source>
        <translation>&amp;Имтиҳон</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="110"/>
        <source>No feedback until the end; a result with pass or fail</source>
        <translation>Охиригача изоҳларсиз; натижа: ўтди ёки ўтмади</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="111"/>
        <source>The questions you missed, back on a spaced schedule</source>
        <translation>Хато жавоб берган саволларингиз оралиқли такрорлаш жадвали бўйича қайтарилади</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="114"/>
        <source>no limit</source>
        <translation>чекловсиз</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="115"/>
        <source> min</source>
        <translation> дақ</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="116"/>
        <source>Exam time limit in minutes</source>
        <translation>Имтиҳон вақти чегараси (дақиқаларда)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="118"/>
        <source>Exam &amp;time limit:</source>
        <translation>Имтиҳон &amp;вақти:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="130"/>
        <source>Present in &amp;classroom</source>
        <translation>Аудиторияда &amp;намойиш қилиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="131"/>
        <source>Print &amp;handout…</source>
        <translation>Тарқатма материални &amp;чоп этиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="132"/>
        <source>Print answer &amp;key…</source>
        <translation>Жавоблар &amp;калитини чоп этиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="156"/>
        <source>For trainers:</source>
        <translation>Ўқитувчилар учун:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="167"/>
        <source>Result</source>
        <translation>Натижа</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="170"/>
        <source>&amp;Review missed questions</source>
        <translation>Хато жавоб берилган саволларни &amp;такрорлаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="172"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Бошига қайтиш</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="192"/>
        <source>Your best score: %1 in %n attempt(s).</source>
        <translation>
            <numerusform>Энг яхши натижангиз: %1 (%n та уринишда).</numerusform>
            <numerusform>Энг яхши натижангиз: %1 (%n та уринишда).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="194"/>
        <source>You have not taken this quiz yet.</source>
        <translation>Сиз бу тестни ҳали топширмагансиз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="196"/>
        <source>%n question(s) due for review now.</source>
        <translation>
            <numerusform>Ҳозир %n та саволни такрорлаш вақти келди.</numerusform>
            <numerusform>Ҳозир %n та саволни такрорлаш вақти келди.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="198"/>
        <source>&amp;Review (%n due)</source>
        <translation>
            <numerusform>&amp;Такрорлаш (%n та савол)</numerusform>
            <numerusform>&amp;Такрорлаш (%n та савол)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="215"/>
        <source>This sitting will not be recorded in your history.</source>
        <translation>Бу уриниш тарихингизга ёзилмайди.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="228"/>
        <source>Your answers from now on will not be recorded.</source>
        <translation>Бундан буёнги жавобларингиз ёзилмайди.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="239"/>
        <source>Your result was not saved in your history.</source>
        <translation>Натижангиз тарихингизда сақланмади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="250"/>
        <source>Exam not finished</source>
        <translation>Имтиҳон якунланмаган</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="251"/>
        <source>This exam is not finished. Finish it now and record the result of the answers given so far? Unanswered questions count as missed.</source>
        <translation>Имтиҳон ҳали якунланмаган. Уни ҳозир якунлаб, шу пайтгача берилган жавоблар натижасини сақлайсизми? Жавоб берилмаган саволлар нотўғри деб ҳисобланади.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/reader_view.py" line="35"/>
        <source>Reading pane</source>
        <translation>Ўқиш майдони</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="52"/>
        <source>Bookmarks</source>
        <translation>Хатчўплар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="63"/>
        <source>Notes</source>
        <translation>Изоҳлар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="80"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Хатчўплар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="81"/>
        <source>&amp;Bookmark This Section</source>
        <translation>&amp;Бу бўлимни хатчўпларга қўшиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="83"/>
        <source>&amp;Show Bookmarks</source>
        <translation>Хатчўпларни &amp;кўрсатиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="86"/>
        <source>&amp;Note on This Section…</source>
        <translation>Бу бўлимга &amp;изоҳ ёзиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="89"/>
        <source>Notes &amp;Panel</source>
        <translation>Изоҳлар &amp;панели</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="136"/>
        <source>You have a note on this section. Click to open it.</source>
        <translation>Бу бўлимга изоҳингиз бор. Очиш учун босинг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="150"/>
        <source>Open a chapter, a module or a checklist to bookmark it.</source>
        <translation>Хатчўпларга қўшиш учун боб, модуль ёки назорат варақасини очинг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="155"/>
        <source>The bookmark was not added.</source>
        <translation>Хатчўп қўшилмади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="158"/>
        <source>Bookmarked: %1</source>
        <translation>Хатчўпларга қўшилди: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="158"/>
        <source>Already bookmarked: %1</source>
        <translation>Хатчўпларда аллақачон бор: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="180"/>
        <source>The bookmark was not renamed.</source>
        <translation>Хатчўп номи ўзгартирилмади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="187"/>
        <source>The bookmark was not deleted.</source>
        <translation>Хатчўп ўчирилмади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="190"/>
        <source>Bookmark deleted.</source>
        <translation>Хатчўп ўчирилди.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="200"/>
        <source>Open a chapter, a module or a checklist to write a note on it.</source>
        <translation>Изоҳ ёзиш учун боб, модуль ёки назорат варақасини очинг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="247"/>
        <source>The note was not saved; its text stays in the Notes panel.</source>
        <translation>Қайд сақланмади; унинг матни Қайдлар панелида қолади.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="242"/>
        <source>Open</source>
        <translation>Бажарилмаган</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="242"/>
        <source>Done</source>
        <translation>Бажарилди</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="243"/>
        <source>Not applicable</source>
        <translation>Тааллуқли эмас</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="73"/>
        <source>Case record — %1</source>
        <translation>Иш карточкаси — %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="106"/>
        <source>Try Again</source>
        <translation>Қайта уриниш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="107"/>
        <source>Close Without Saving</source>
        <translation>Сақламасдан ёпиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="128"/>
        <source>Progress</source>
        <translation>Бажарилиши</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="135"/>
        <source>Item</source>
        <translation>Банд</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="135"/>
        <source>State</source>
        <translation>Ҳолати</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="135"/>
        <source>Changed</source>
        <translation>Ўзгартирилган</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="136"/>
        <source>Checklist items</source>
        <translation>Назорат варақаси бандлари</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="178"/>
        <source>Note</source>
        <translation>Изоҳ</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="180"/>
        <source>Note: refer to victims and witnesses by initials or a code only.</source>
        <translation>Изоҳ: жабрланувчилар ва гувоҳларни фақат бош ҳарфлари ёки код билан кўрсатинг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="184"/>
        <source>The stored note could not be decrypted: it was damaged or altered, so it is not shown. A new note replaces it.</source>
        <translation>Сақланган изоҳнинг шифрини очиб бўлмади: у шикастланган ёки ўзгартирилган, шунинг учун кўрсатилмайди. Янги изоҳ унинг ўрнини эгаллайди.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="198"/>
        <source>Sign-off</source>
        <translation>Имзолаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="205"/>
        <source>Signed off by</source>
        <translation>Имзолаган шахс</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="208"/>
        <source>Sign-off date</source>
        <translation>Имзоланган сана</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="210"/>
        <source>Signed off by:</source>
        <translation>Имзолаган шахс:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="211"/>
        <source>Date:</source>
        <translation>Сана:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="216"/>
        <source>Sign Off</source>
        <translation>Имзолаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="217"/>
        <source>Export Markdown…</source>
        <translation>Markdown форматида экспорт қилиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="218"/>
        <source>Export PDF…</source>
        <translation>PDF форматида экспорт қилиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="252"/>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="321"/>
        <source>[unreadable]</source>
        <translation>[ўқиб бўлмайди]</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="256"/>
        <source>%1 · template version %2 · started %3</source>
        <translation>%1 · шаблон версияси %2 · бошланган: %3</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="260"/>
        <source>A newer version of this checklist (version %1) is available. This record keeps the version it was started from, so nothing in it has changed.</source>
        <translation>Ушбу назорат варақасининг янгироқ версияси (%1-версия) мавжуд. Карточка қайси версия бўйича бошланган бўлса, ўша версияда қолади, шунинг учун ундаги ҳеч нарса ўзгармади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="282"/>
        <source>This record was changed outside tiphandbook on or after %1.</source>
        <translation>Бу ёзув типҳандбоокдан ташқарида %1 ёки ундан кейин ўзгартирилган.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="283"/>
        <source>This record was changed outside tiphandbook.</source>
        <translation>Бу ёзув типҳандбоокдан ташқарида ўзгартирилган.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="284"/>
        <source>It is shown as stored and can no longer be changed; the other records are not affected. “tiphandbook data check” lists every altered record.</source>
        <translation>У сақланган ҳолида кўрсатилади ва энди ўзгартириб бўлмайди; бошқа ёзувларга таъсир қилмайди. «типҳандбоок дата чеcк» буйруғи барча ўзгартирилган ёзувларни кўрсатади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="287"/>
        <source>Some parts of this record could not be decrypted because they were damaged or altered, and are not shown: %1.</source>
        <translation>Ушбу карточканинг баъзи қисмлари шикастланган ёки ўзгартирилгани сабабли уларнинг шифрини очиб бўлмади ва улар кўрсатилмайди: %1.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="269"/>
        <source>%1 of %2 items addressed</source>
        <translation>%2 та банддан %1 таси кўриб чиқилди</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="299"/>
        <source> (required)</source>
        <translation> (мажбурий)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="312"/>
        <source>shown in red in the list</source>
        <translation>рўйхатда қизил рангда кўрсатилган</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="313"/>
        <source>Still open and required before sign-off (%1): %2</source>
        <translation>Имзолашдан олдин бажарилиши шарт бўлган, ҳали бажарилмаган бандлар (%1): %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="319"/>
        <source>Mark every required item done or not applicable first.</source>
        <translation>Аввал ҳар бир мажбурий бандни «Бажарилди» ёки «Тааллуқли эмас» деб белгиланг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="324"/>
        <source>Signed off by %1 on %2. A signed record can no longer be changed.</source>
        <translation>%1 томонидан %2 санасида имзоланган. Имзоланган карточкани энди ўзгартириб бўлмайди.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="335"/>
        <source>Choose an item on the left.</source>
        <translation>Чап томондаги бандни танланг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="338"/>
        <source>Read in the handbook: %1</source>
        <translation>Қўлланмада ўқинг: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="350"/>
        <source>Last changed: %1</source>
        <translation>Охирги ўзгариш: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="417"/>
        <source>Your last change is not saved yet: %1 It is still shown here; try again in a moment.</source>
        <translation>Охирги ўзгариш ҳали сақланмади: %1 У шу ерда кўрсатилиб турибди; бироздан кейин қайта урининг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="433"/>
        <source>Exported to %1 (not encrypted).</source>
        <translation>Экспорт қилинди: %1 (шифрланмаган).</translation>
    </message>
</context>
<context>
    <name>RecordsWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="45"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="63"/>
        <source>Case records</source>
        <translation>Иш карточкалари</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="49"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Status</source>
        <translation>Ҳолати</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="97"/>
        <source>All</source>
        <translation>Ҳаммаси</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="97"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="139"/>
        <source>In progress</source>
        <translation>Жараёнда</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="98"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="139"/>
        <source>Signed off</source>
        <translation>Имзоланган</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="52"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Checklist</source>
        <translation>Назорат варақаси</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="54"/>
        <source>Status:</source>
        <translation>Ҳолати:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="55"/>
        <source>Checklist:</source>
        <translation>Назорат варақаси:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Case reference</source>
        <translation>Иш рақами</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Title</source>
        <translation>Номи</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Progress</source>
        <translation>Бажарилиши</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="66"/>
        <source>Last changed</source>
        <translation>Охирги ўзгариш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="75"/>
        <source>New Case Record…</source>
        <translation>Янги иш карточкаси…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="76"/>
        <source>Open</source>
        <translation>Очиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="77"/>
        <source>Delete…</source>
        <translation>Ўчириш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="116"/>
        <source>All checklists</source>
        <translation>Барча назорат варақалари</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="129"/>
        <source>No case records match these filters.</source>
        <translation>Ушбу фильтрларга мос иш карточкалари йўқ.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="129"/>
        <source>No case records yet.</source>
        <translation>Ҳозирча иш карточкалари йўқ.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="130"/>
        <source>Choose “All” above to see every record.</source>
        <translation>Барча карточкаларни кўриш учун юқорида “Барчаси”ни танланг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="131"/>
        <source>Start one from a checklist with New Case Record. Records are encrypted with your passphrase and stay on this computer.</source>
        <translation>Назорат варақасидан “Янги иш карточкаси” буйруғи билан бошланг. Карточкалар пароль иборангиз билан шифрланади ва шу компьютерда қолади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="138"/>
        <source>[unreadable]</source>
        <translation>[ўқиб бўлмайди]</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="151"/>
        <source>This record was changed outside tiphandbook; open it for details.</source>
        <translation>Бу ёзув типҳандбоокдан ташқарида ўзгартирилган; тафсилотлар учун уни очинг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="153"/>
        <source>Parts of this record could not be decrypted: they were damaged or altered.</source>
        <translation>Ушбу карточканинг баъзи қисмларининг шифрини очиб бўлмади: улар шикастланган ёки ўзгартирилган.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="176"/>
        <source>Delete case record</source>
        <translation>Иш карточкасини ўчириш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="177"/>
        <source>Delete the case record “%1” and all its notes? This cannot be undone.</source>
        <translation>«%1» иш карточкаси ва ундаги барча изоҳлар ўчирилсинми? Бу амални бекор қилиб бўлмайди.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="186"/>
        <source>The case record was not deleted.</source>
        <translation>Иш ёзуви ўчирилмади.</translation>
    </message>
</context>
<context>
    <name>ReferralNote</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="62"/>
        <source>The referral note is not encrypted</source>
        <translation>Маълумотнома шифрланмаган</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="63"/>
        <source>The PDF is not encrypted: anyone who can open it can read what the person said. Save it only where the case file is kept, hand the printout only to the service it is for, and delete copies you no longer need.</source>
        <translation>PDF файл шифрланмаган: уни очган ҳар ким суҳбатдош нима деганини ўқий олади. Уни фақат иш материаллари сақланадиган жойда сақланг, нусхасини фақат мўлжалланган хизматга топширинг ва кераксиз нусхаларни ўчиринг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="71"/>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="79"/>
        <source>Save the referral note</source>
        <translation>Маълумотномани сақлаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="72"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файллар (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="69"/>
        <source>New &amp;Screening Interview…</source>
        <translation>Янги &amp;дастлабки суҳбат…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="71"/>
        <source>&amp;Hide Interview Screens</source>
        <translation>Суҳбат экранларини &amp;яшириш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="72"/>
        <source>&amp;Return to the Interview</source>
        <translation>Суҳбатга &amp;қайтиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="95"/>
        <source>No screening guides are loaded yet.</source>
        <translation>Суҳбат йўриқномалари ҳали юкланмаган.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="124"/>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="127"/>
        <source>The interview was not started.</source>
        <translation>Суҳбат бошланмади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="155"/>
        <source>its guide or the person&apos;s language is not in the loaded content</source>
        <translation>унинг йўриқномаси ёки суҳбатдош тили юкланган мазмунда йўқ</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="158"/>
        <source>This interview cannot be opened: %1</source>
        <translation>Бу суҳбатни очиб бўлмайди: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="169"/>
        <source>Screening interview</source>
        <translation>Дастлабки суҳбат</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../tiphandbook/ui/search/search.py" line="34"/>
        <source>Search</source>
        <translation>Қидирув</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="90"/>
        <source>Search (Ctrl+K)</source>
        <translation>Қидирув (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="91"/>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="329"/>
        <source>Search the handbook</source>
        <translation>Қўлланмадан қидириш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="93"/>
        <source>Kind of result</source>
        <translation>Натижа тури</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="95"/>
        <source>Part or academy</source>
        <translation>Қисм ёки академия</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="97"/>
        <source>Audience</source>
        <translation>Ким учун</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="99"/>
        <source>All languages</source>
        <translation>Барча тиллар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="110"/>
        <source>Search results</source>
        <translation>Қидирув натижалари</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="125"/>
        <source>Opening the handbook…</source>
        <translation>Қўлланма очилмоқда…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="145"/>
        <source>Search is unavailable: %1</source>
        <translation>Қидирувдан фойдаланиб бўлмайди: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="146"/>
        <source>Indexing…</source>
        <translation>Индексланмоқда…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="153"/>
        <source>Everything</source>
        <translation>Ҳаммаси</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="153"/>
        <source>Handbook</source>
        <translation>Қўлланма</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="153"/>
        <source>Modules</source>
        <translation>Модуллар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="154"/>
        <source>Checklists</source>
        <translation>Назорат варақалари</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="154"/>
        <source>Quizzes</source>
        <translation>Тестлар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="170"/>
        <source>All parts and academies</source>
        <translation>Барча қисмлар ва академиялар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="181"/>
        <source>All audiences</source>
        <translation>Ҳамма учун</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="207"/>
        <source>Indexing… results will appear when the index is ready.</source>
        <translation>Индексланмоқда… натижалар индекс тайёр бўлганда чиқади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="263"/>
        <source>Too long: not searched: %1</source>
        <translation>Сўров жуда узун; қидирилмади: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="266"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n та натижа</numerusform>
            <numerusform>%n та натижа</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="268"/>
        <source>close spellings</source>
        <translation>ўхшаш ёзилишлар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="270"/>
        <source>show more</source>
        <translation>яна кўрсатиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="271"/>
        <source>The first %1 — scroll down or %2</source>
        <translation>Дастлабки %1 — пастга айлантиринг ёки %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="330"/>
        <source>Type a word or a phrase: chapters, modules, checklists and quizzes are searched as you type. Recent searches are listed here.</source>
        <translation>Сўз ёки ибора ёзинг: боблар, модуллар, назорат варақалари ва тестлар ёзиш давомида қидирилади. Сўнгги қидирувлар шу ерда рўйхатланади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="334"/>
        <source>Nothing found</source>
        <translation>Ҳеч нарса топилмади</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="335"/>
        <source>Try fewer or other words, another filter, or All languages.</source>
        <translation>Камроқ ёки бошқа сўзларни, бошқа фильтрни ёки “Барча тиллар”ни синаб кўринг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="255"/>
        <source>No results. Did you mean %1?</source>
        <translation>Ҳеч нарса топилмади. Балки %1 демоқчи бўлгандирсиз?</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="256"/>
        <source>No results.</source>
        <translation>Ҳеч нарса топилмади.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="281"/>
        <source>%n result(s) in English</source>
        <translation>
            <numerusform>инглизча матнда %n та натижа</numerusform>
            <numerusform>инглизча матнда %n та натижа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="282"/>
        <source>%n result(s) in Russian</source>
        <translation>
            <numerusform>русча матнда %n та натижа</numerusform>
            <numerusform>русча матнда %n та натижа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="283"/>
        <source>%n result(s) in Uzbek</source>
        <translation>
            <numerusform>ўзбекча матнда %n та натижа</numerusform>
            <numerusform>ўзбекча матнда %n та натижа</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="285"/>
        <source>show them</source>
        <translation>кўрсатиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="286"/>
        <source>No results in this language.</source>
        <translation>Бу тилда ҳеч нарса топилмади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="301"/>
        <source>Indexing… %1%</source>
        <translation>Индексланмоқда… %1%</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="322"/>
        <source>Recent searches</source>
        <translation>Сўнгги қидирувлар</translation>
    </message>
</context>
<context>
    <name>SetUpPassphraseDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="104"/>
        <source>Protect case records</source>
        <translation>Иш карточкаларини ҳимоялаш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="106"/>
        <source>Case records are encrypted on this computer with a passphrase that you choose now. You will be asked for it to open them, and again after the records lock when the app is left idle.</source>
        <translation>Иш карточкалари ушбу компьютерда ҳозир ўзингиз танлайдиган пароль ибораси билан шифрланади. Уларни очишда, шунингдек, иловадан фойдаланилмай қолганда карточкалар қулфлангандан кейин бу ибора сўралади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="109"/>
        <source>If you forget this passphrase, your case records cannot be read: not by you, not by an administrator, not by the developers. There is no reset and no recovery.</source>
        <translation>Агар бу пароль иборасини унутсангиз, иш карточкаларини ҳеч ким ўқий олмайди: на сиз, на администратор, на дастурчилар. Уни тиклаш ёки қайта ўрнатишнинг имкони йўқ.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="111"/>
        <source>Passphrase:</source>
        <translation>Пароль ибораси:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="112"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>камида %n та белги</numerusform>
            <numerusform>камида %n та белги</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="113"/>
        <source>Repeat passphrase:</source>
        <translation>Пароль иборасини такрорланг:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="114"/>
        <source>I understand that a forgotten passphrase means unreadable records.</source>
        <translation>Пароль ибораси унутилса, карточкаларни ўқиб бўлмаслигини тушунаман.</translation>
    </message>
</context>
<context>
    <name>ShortAnswerInput</name>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="265"/>
        <source>Your answer</source>
        <translation>Сизнинг жавобингиз</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="266"/>
        <source>Type your answer</source>
        <translation>Жавобингизни киритинг</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="58"/>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="62"/>
        <source>Keyboard shortcuts</source>
        <translation>Тезкор тугмалар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="61"/>
        <source>Command</source>
        <translation>Буйруқ</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="61"/>
        <source>Keys</source>
        <translation>Тугмалар</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="77"/>
        <source>Everywhere else: Tab and Shift+Tab move between controls; in the contents, lists and search results the arrow keys move and Enter opens; in the bookmarks F2 renames and Delete deletes; Alt and a menu&apos;s underlined letter open that menu; Esc closes a dialog or the find bar, and leaves a note for the text.</source>
        <translation>Бошқа ҳолларда: Tab ва Shift+Tab билан бошқарув элементлари орасида ўтилади; мундарижа, рўйхатлар ва қидирув натижаларида стрелка тугмалари билан ҳаракатланилади, Enter билан очилади; хатчўпларда F2 номини ўзгартиради, Delete эса ўчиради; Alt ва меню номидаги тагига чизилган ҳарф шу менюни очади; Esc диалог ойнасини ёки қидирув панелини ёпади, изоҳдан эса матнга қайтаради.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="81"/>
        <source>In a quiz window: Esc or Ctrl+W closes it (an exam under way asks first); F5 presents that quiz in the classroom.</source>
        <translation>Тест ойнасида: Esc ёки Ctrl+W уни ёпади (давом этаётган имтиҳон аввал сўрайди); F5 бу тестни синфда кўрсатади.</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="22"/>
        <source>New screening interview</source>
        <translation>Янги дастлабки суҳбат</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="30"/>
        <source>A case reference; no name is needed</source>
        <translation>Ишнинг шартли рақами; исм керак эмас</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="31"/>
        <source>The person&apos;s name is not asked for: the reference links the interview to the case file. The interview is saved encrypted with the case records.</source>
        <translation>Суҳбатдошнинг исми сўралмайди: шартли рақам суҳбатни иш материаллари билан боғлайди. Суҳбат иш ёзувлари билан бирга шифрланган ҳолда сақланади.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="34"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Йўриқнома:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="35"/>
        <source>The person &amp;reads:</source>
        <translation>Суҳбатдош &amp;ўқийдиган тил:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="36"/>
        <source>Case &amp;reference:</source>
        <translation>&amp;Шартли рақам:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="40"/>
        <source>Start</source>
        <translation>Бошлаш</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="38"/>
        <source>&amp;Training</source>
        <translation>&amp;Таълим</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="39"/>
        <source>Take the Module&apos;s &amp;Quiz…</source>
        <translation>Модуль &amp;тестини топшириш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="41"/>
        <source>&amp;Present Quiz in Classroom…</source>
        <translation>Тестни аудиторияда &amp;намойиш қилиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="43"/>
        <source>Present &amp;Lesson Plan</source>
        <translation>&amp;Дарс режасини намойиш қилиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="45"/>
        <source>P&amp;rogress…</source>
        <translation>&amp;Ўқув натижалари…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="47"/>
        <source>Print Quiz &amp;Handout…</source>
        <translation>Тестнинг тарқатма &amp;материалини чоп этиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="49"/>
        <source>Print Quiz Answer &amp;Key…</source>
        <translation>Тест жавоблари &amp;калитини чоп этиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="51"/>
        <source>&amp;Export Quiz for Moodle…</source>
        <translation>Тестни Moodle учун &amp;экспорт қилиш…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="101"/>
        <source>No quizzes are loaded yet.</source>
        <translation>Тестлар ҳали юкланмаган.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="104"/>
        <source>Choose a quiz</source>
        <translation>Тестни танланг</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="104"/>
        <source>Quiz:</source>
        <translation>Тест:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="124"/>
        <source>This quiz is not in the loaded content.</source>
        <translation>Бу тест юкланган материаллар орасида йўқ.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="173"/>
        <source>Open a module of a curriculum first.</source>
        <translation>Аввал ўқув дастурининг модулини очинг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="206"/>
        <source>Print quiz handout to PDF</source>
        <translation>Тестнинг тарқатма материалини PDF файлга чиқариш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="206"/>
        <source>Print answer key to PDF</source>
        <translation>Жавоблар калитини PDF файлга чиқариш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="207"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файллари (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="223"/>
        <location filename="../../tiphandbook/ui/training/training.py" line="252"/>
        <source>Saved %1</source>
        <translation>Сақланди: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="230"/>
        <source>GIFT for Moodle (*.gift *.txt)</source>
        <translation>Moodle учун GIFT (*.gift *.txt)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="230"/>
        <source>Moodle XML (*.xml)</source>
        <translation>Moodle XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="231"/>
        <source>Export quiz for Moodle</source>
        <translation>Тестни Moodle учун экспорт қилиш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="238"/>
        <source>Export quiz</source>
        <translation>Тестни экспорт қилиш</translation>
    </message>
</context>
<context>
    <name>TranslationStatusDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="21"/>
        <source>Translation Status</source>
        <translation>Таржималар ҳолати</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="22"/>
        <source>current</source>
        <translation>долзарб</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="22"/>
        <source>out of date</source>
        <translation>эскирган</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="23"/>
        <source>source not recorded</source>
        <translation>манба матни кўрсатилмаган</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="23"/>
        <source>missing</source>
        <translation>мавжуд эмас</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="24"/>
        <source>Russian</source>
        <translation>Рус тили</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="24"/>
        <source>Uzbek</source>
        <translation>Ўзбек тили</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="27"/>
        <source>Translation status</source>
        <translation>Таржималар ҳолати</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="28"/>
        <source>English file</source>
        <translation>Инглизча файл</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="39"/>
        <source>%1 of %2 texts are current in every language.</source>
        <translation>%2 та матндан %1 таси барча тилларда долзарб.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="130"/>
        <source>Unlock case records</source>
        <translation>Иш карточкаларини қулфдан чиқариш</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="131"/>
        <source>Enter your passphrase to open the case records.</source>
        <translation>Иш карточкаларини очиш учун пароль иборангизни киритинг.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="132"/>
        <source>Passphrase:</source>
        <translation>Пароль ибораси:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="142"/>
        <source>That passphrase is not correct. Nothing was changed; try again.</source>
        <translation>Пароль ибораси нотўғри. Ҳеч нарса ўзгартирилмади; қайтадан уриниб кўринг.</translation>
    </message>
</context>
<context>
    <name>_PassphraseDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="93"/>
        <source>This passphrase is too weak: %1</source>
        <translation>Бу пароль ибораси жуда заиф: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="95"/>
        <source>The two passphrases are not the same.</source>
        <translation>Киритилган пароль иборалари бир хил эмас.</translation>
    </message>
</context>
</TS>
