<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Latn_UZ">
<context>
    <name></name>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="26"/>
        <source>Content edition: no dated change recorded.</source>
        <translation>Materiallar nashri: sanasi koʻrsatilgan oʻzgarish yozilmagan.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="27"/>
        <source>Content edition of %1 (the newest change recorded in the content).</source>
        <translation>Materiallarning %1 dagi nashri (materiallarda yozilgan eng soʻnggi oʻzgarish).</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="33"/>
        <source>Licences: the program code is MIT-licensed (LICENSE). The project&apos;s own handbook, checklist, screening and curricula text is licensed under Creative Commons Attribution 4.0 (CC BY 4.0, LICENSE-CONTENT); official legal texts quoted in it are not covered.</source>
        <translation>Litsenziyalar: dastur kodi MIT litsenziyasi asosida tarqatiladi (LICENSE). Loyihaning oʻz matni (qoʻllanma, nazorat varaqalari, soʻrov yoʻriqnomalari va oʻquv dasturlari) Creative Commons «Mualliflikni koʻrsatish» 4.0 litsenziyasi asosida tarqatiladi (CC BY 4.0, LICENSE-CONTENT); unda keltirilgan rasmiy huquqiy matnlarga bu litsenziya tatbiq etilmaydi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="36"/>
        <source>Fonts: DejaVu Sans (Bitstream Vera and DejaVu licence, free to use and redistribute).</source>
        <translation>Shriftlar: DejaVu Sans (Bitstream Vera va DejaVu litsenziyasi, erkin foydalanish va tarqatish mumkin).</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="37"/>
        <source>Third-party libraries: %1.</source>
        <translation>Uchinchi tomon kutubxonalari: %1.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="30"/>
        <source>Interface &amp;Language</source>
        <translation>&amp;Interfeys tili</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="33"/>
        <source>Follow the System</source>
        <translation>Tizimdagidek</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="33"/>
        <source>Light</source>
        <translation>Yorugʻ</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="34"/>
        <source>Dark</source>
        <translation>Qorongʻi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="34"/>
        <source>High Contrast</source>
        <translation>Yuqori kontrast</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="35"/>
        <source>&amp;Theme</source>
        <translation>&amp;Mavzu</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="37"/>
        <source>Text &amp;Size</source>
        <translation>Matn &amp;oʻlchami</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../tiphandbook/ui/common/background.py" line="96"/>
        <source>Something went wrong</source>
        <translation>Nimadir notoʻgʻri ketdi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/background.py" line="97"/>
        <source>A task running in the background failed: %1</source>
        <translation>Fonda bajarilayotgan vazifa xato bilan tugadi: %1</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="37"/>
        <source>No bookmarks yet</source>
        <translation>Hozircha xatchoʻplar yoʻq</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="38"/>
        <source>Press Ctrl+D to bookmark the section you are reading.</source>
        <translation>Oʻqiyotgan boʻlimingizni xatchoʻplarga qoʻshish uchun Ctrl+D tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="42"/>
        <source>Bookmarks</source>
        <translation>Xatchoʻplar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="47"/>
        <source>&amp;Rename</source>
        <translation>&amp;Nomini oʻzgartirish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="48"/>
        <source>Rename the selected bookmark (F2)</source>
        <translation>Tanlangan xatchoʻp nomini oʻzgartirish (F2)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="51"/>
        <source>&amp;Delete</source>
        <translation>Oʻ&amp;chirish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="52"/>
        <source>Delete the selected bookmark (Delete)</source>
        <translation>Tanlangan xatchoʻpni oʻchirish (Delete)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="78"/>
        <source>This section is not in the loaded content.</source>
        <translation>Bu boʻlim yuklangan materiallar orasida yoʻq.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="93"/>
        <source>not in the loaded content</source>
        <translation>yuklangan materiallar orasida yoʻq</translation>
    </message>
</context>
<context>
    <name>CaseExport</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="34"/>
        <source>NOT ENCRYPTED: a copy of a case record, keep it with the case file</source>
        <translation>SHIFRLANMAGAN: ish kartochkasining nusxasi, uni ish materiallari bilan birga saqlang</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="44"/>
        <source>Export is not encrypted</source>
        <translation>Eksport qilingan fayl shifrlanmaydi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="45"/>
        <source>The exported file is not encrypted: anyone who can open it can read the case reference, the notes and the names in it. Save it only where the case file is kept, and delete copies you no longer need.</source>
        <translation>Eksport qilingan fayl shifrlanmagan: uni ocha oladigan har qanday shaxs ish raqami, izohlar va undagi ismlarni oʻqiy oladi. Uni faqat ish materiallari saqlanadigan joyda saqlang va endi kerak boʻlmagan nusxalarni oʻchirib tashlang.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="53"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF fayllari (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="54"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown fayllari (*.md)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="57"/>
        <source>Export case record</source>
        <translation>Ish kartochkasini eksport qilish</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="49"/>
        <source>&amp;Cases</source>
        <translation>&amp;Ishlar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="50"/>
        <source>&amp;New Case Record…</source>
        <translation>&amp;Yangi ish kartochkasi…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="52"/>
        <source>&amp;Open Case Records…</source>
        <translation>Ish kartochkalarini &amp;ochish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="54"/>
        <source>&amp;Lock Now</source>
        <translation>Hozir &amp;qulflash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="58"/>
        <source>&amp;Change Passphrase…</source>
        <translation>&amp;Parol iborasini oʻzgartirish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="60"/>
        <source>&amp;Back Up All User Data…</source>
        <translation>Barcha foydalanuvchi maʼlumotlarini &amp;zaxiralash…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="61"/>
        <source>&amp;Restore User Data from Backup…</source>
        <translation>Foydalanuvchi maʼlumotlarini zaxira nusxadan &amp;tiklash…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="133"/>
        <source>Case records locked.</source>
        <translation>Ish kartochkalari qulflandi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="142"/>
        <source>No checklists are loaded yet.</source>
        <translation>Nazorat varaqalari hali yuklanmagan.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="164"/>
        <source>This checklist is not in the loaded content.</source>
        <translation>Bu nazorat varaqasi yuklangan materiallar orasida yoʻq.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="172"/>
        <source>The case record was not started.</source>
        <translation>Ish yozuvi boshlanmadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="256"/>
        <source>Passphrase changed.</source>
        <translation>Parol iborasi oʻzgartirildi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="262"/>
        <source>Back up all user data</source>
        <translation>Barcha foydalanuvchi maʼlumotlarini zaxiralash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="263"/>
        <source>tiphandbook backups (*.sqlite3)</source>
        <translation>tiphandbook zaxira nusxalari (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="269"/>
        <source>Back up</source>
        <translation>Zaxiralash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="271"/>
        <source>Backed up to %1. Case records in it stay encrypted under the passphrase of today.</source>
        <translation>Zaxira nusxa saqlandi: %1. Undagi ish kartochkalari bugungi parol iborasi bilan shifrlangan holda qoladi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="279"/>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="287"/>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="295"/>
        <source>Restore from backup</source>
        <translation>Zaxira nusxadan tiklash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="280"/>
        <source>Restoring replaces all user data on this computer (case records and quiz history) with the backup&apos;s. Anything added since that backup is lost. The records will then open with the passphrase that was in use when the backup was made.</source>
        <translation>Tiklashda ushbu kompyuterdagi barcha foydalanuvchi maʼlumotlari (ish kartochkalari va testlar tarixi) zaxira nusxadagi maʼlumotlar bilan almashtiriladi. Zaxira nusxa olingandan keyin qoʻshilgan hamma narsa yoʻqoladi. Shundan soʻng kartochkalar zaxira nusxa olingan paytda amalda boʻlgan parol iborasi bilan ochiladi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="288"/>
        <source>tiphandbook backups (*.sqlite3);;All files (*)</source>
        <translation>tiphandbook zaxira nusxalari (*.sqlite3);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="297"/>
        <source>User data restored from the backup.</source>
        <translation>Foydalanuvchi maʼlumotlari zaxira nusxadan tiklandi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="302"/>
        <source>Check My &amp;Data…</source>
        <translation>&amp;Maʼlumotlarimni tekshirish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="321"/>
        <source>No problem found: the database is sound and every case record is as tiphandbook wrote it.</source>
        <translation>Muammo topilmadi: maʼlumotlar bazasi butun va har bir ish yozuvi tiphandbook yozganidek.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="324"/>
        <source>Problems were found. The details below name each damaged or altered record; the other records are not affected.</source>
        <translation>Muammolar topildi. Quyida har bir shikastlangan yoki oʻzgartirilgan yozuv koʻrsatilgan; boshqa yozuvlarga taʼsir qilmaydi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="327"/>
        <source>Check my data</source>
        <translation>Maʼlumotlarimni tekshirish</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="152"/>
        <source>Change passphrase</source>
        <translation>Parol iborasini oʻzgartirish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="153"/>
        <source>A forgotten passphrase means unreadable records.</source>
        <translation>Unutilgan parol iborasi oʻqib boʻlmaydigan yozuvlarni anglatadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="154"/>
        <source>Current passphrase:</source>
        <translation>Joriy parol iborasi:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="155"/>
        <source>New passphrase:</source>
        <translation>Yangi parol iborasi:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="156"/>
        <source>Repeat new passphrase:</source>
        <translation>Yangi parol iborasini takrorlang:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="157"/>
        <source>Someone else may know or have seen the old passphrase</source>
        <translation>Eski parol iborasini boshqa kimdir bilishi yoki koʻrgan boʻlishi mumkin</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="159"/>
        <source>Change the passphrase only (quick)</source>
        <translation>Faqat parol iborasini almashtirish (tez)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="160"/>
        <source>Change the passphrase and re-encrypt everything with a new key</source>
        <translation>Parol iborasini almashtirish va hammasini yangi kalit bilan qayta shifrlash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="162"/>
        <source>Someone who learns the old passphrase later cannot open the records on this computer. But with an old copy of the data (a backup) and the old passphrase, everything can still be read, even what is written after the change.</source>
        <translation>Eski parol iborasini keyinroq bilib olgan kishi bu kompyuterdagi yozuvlarni ocha olmaydi. Lekin maʼlumotlarning eski nusxasi (zaxira nusxa) va eski parol iborasi bilan hammasini, hatto almashtirishdan keyin yozilganini ham oʻqish mumkin.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="165"/>
        <source>An old copy of the data and the old passphrase then open only what that copy already held, nothing written from now on. Delete old backups too: they stay readable with the old passphrase.</source>
        <translation>Shunda maʼlumotlarning eski nusxasi va eski parol iborasi faqat shu nusxada bor narsani ochadi, bundan keyin yozilganini emas. Eski zaxira nusxalarni ham oʻchiring: ular eski parol iborasi bilan oʻqiladigan boʻlib qoladi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="185"/>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>Joriy parol iborasi notoʻgʻri. Hech narsa oʻzgartirilmadi.</translation>
    </message>
</context>
<context>
    <name>ClassroomView</name>
    <message>
        <location filename="../../tiphandbook/ui/training/classroom.py" line="54"/>
        <source>Slide number</source>
        <translation>Slayd raqami</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/classroom.py" line="81"/>
        <source>← →: previous / next · Esc: close</source>
        <translation>← →: oldingi / keyingi · Esc: yopish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/classroom.py" line="83"/>
        <source>Space: show the answer · %1</source>
        <translation>Probel: javobni koʻrsatish · %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/screens.py" line="19"/>
        <source>Present on which screen?</source>
        <translation>Qaysi ekranda namoyish qilinsin?</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/screens.py" line="20"/>
        <source>Screen:</source>
        <translation>Ekran:</translation>
    </message>
</context>
<context>
    <name>ContentUpdates</name>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="40"/>
        <source>The content folder %1 cannot be found; the bundled content is shown.</source>
        <translation>%1 materiallar jildi topilmadi; ilova tarkibidagi materiallar koʻrsatilmoqda.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="54"/>
        <source>Open Content &amp;Folder…</source>
        <translation>Materiallar &amp;jildini ochish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="55"/>
        <source>&amp;Install Content Pack…</source>
        <translation>Materiallar paketini &amp;oʻrnatish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="56"/>
        <source>Use &amp;Bundled Content</source>
        <translation>&amp;Ilova tarkibidagi materiallardan foydalanish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="68"/>
        <source>Open content folder</source>
        <translation>Materiallar jildini ochish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="73"/>
        <source>%1 is not a content folder: it has no handbook folder.</source>
        <translation>%1 materiallar jildi emas: unda handbook jildi yoʻq.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="82"/>
        <source>Install content pack</source>
        <translation>Materiallar paketini oʻrnatish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="83"/>
        <source>Content packs (*.zip);;All files (*)</source>
        <translation>Materiallar paketlari (*.zip);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="92"/>
        <source>The bundled content is already shown.</source>
        <translation>Ilova tarkibidagi materiallar allaqachon koʻrsatilmoqda.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="101"/>
        <source>Loading the content…</source>
        <translation>Materiallar yuklanmoqda…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="125"/>
        <source>No chapter or module could be read from %1.</source>
        <translation>%1 jildidan birorta ham bob yoki modulni oʻqib boʻlmadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="129"/>
        <source>Content loaded from %1.</source>
        <translation>Materiallar %1 jildidan yuklandi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="134"/>
        <source>Content not changed</source>
        <translation>Materiallar oʻzgartirilmadi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="135"/>
        <source>This content cannot be used, so the content you were reading stays as it was.

%1</source>
        <translation>Bu materiallardan foydalanib boʻlmaydi, shuning uchun siz oʻqiyotgan materiallar oʻzgarishsiz qoladi.

%1</translation>
    </message>
</context>
<context>
    <name>ExternalLinks</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/external_links.py" line="16"/>
        <source>Open external link?</source>
        <translation>Tashqi havola ochilsinmi?</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/external_links.py" line="17"/>
        <source>This link leaves the handbook and opens in your web browser; it needs an internet connection.

%1</source>
        <translation>Bu havola qoʻllanmadan tashqariga olib chiqadi va veb-brauzeringizda ochiladi; buning uchun internetga ulanish kerak.

%1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="22"/>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="23"/>
        <source>Find in page</source>
        <translation>Sahifadan qidirish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="27"/>
        <source>Previous</source>
        <translation>Oldingi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="29"/>
        <source>Next</source>
        <translation>Keyingi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="32"/>
        <source>Close (Esc)</source>
        <translation>Yopish (Esc)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="33"/>
        <source>Close find bar</source>
        <translation>Qidiruv panelini yopish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="96"/>
        <source>%1 of %2</source>
        <translation>%2 tadan %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="98"/>
        <source>No matches</source>
        <translation>Topilmadi</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="24"/>
        <source>Content problems</source>
        <translation>Materiallardagi xatolar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="26"/>
        <source>These content files have errors. The items concerned were skipped; the rest of the content is available.</source>
        <translation>Ushbu material fayllarida xatolar bor. Tegishli elementlar oʻtkazib yuborildi; qolgan materiallardan foydalanish mumkin.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="60"/>
        <source>tiphandbook %1

An offline handbook and training tool for trafficking in persons cases.
Training edition: the official legal texts prevail. Nothing you do in this app leaves this computer.</source>
        <translation>tiphandbook %1

Odam savdosi ishlari boʻyicha oflayn qoʻllanma va oʻquv vositasi.
Oʻquv nashri: rasmiy huquqiy matnlar ustun turadi. Ushbu ilovada qilgan hech bir ishingiz bu kompyuterdan tashqariga chiqmaydi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="51"/>
        <source>About tiphandbook</source>
        <translation>tiphandbook haqida</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="93"/>
        <source>Continue where you left off</source>
        <translation>Toʻxtagan joyingizdan davom eting</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="96"/>
        <source>Nothing read yet.</source>
        <translation>Hali hech narsa oʻqilmagan.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="100"/>
        <source>Start with:</source>
        <translation>Shundan boshlang:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="109"/>
        <source>Recently read</source>
        <translation>Yaqinda oʻqilganlar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="120"/>
        <source>Due for review</source>
        <translation>Takrorlash uchun</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="122"/>
        <source>Nothing is due. Questions you miss in a quiz come back here for review.</source>
        <translation>Takrorlash uchun hech narsa yoʻq. Testda xato javob bergan savollaringiz takrorlash uchun shu yerga qaytadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="132"/>
        <source>Case records</source>
        <translation>Ish kartochkalari</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="135"/>
        <source>Their contents stay locked until you enter your passphrase.</source>
        <translation>Parol iborasini kiritmaguningizcha ularning mazmuni yopiq turadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="137"/>
        <source>No case record in progress. Start one from a checklist below.</source>
        <translation>Tugallanmagan ish kartochkasi yoʻq. Quyidagi nazorat varaqasidan birini boshlang.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="142"/>
        <source>The handbook</source>
        <translation>Qoʻllanma</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="156"/>
        <source>Checklists</source>
        <translation>Nazorat varaqalari</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="158"/>
        <source>Checklists appear here once the handbook has opened.</source>
        <translation>Qoʻllanma ochilgach, nazorat varaqalari shu yerda koʻrinadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="170"/>
        <source>Curricula</source>
        <translation>Oʻquv dasturlari</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="56"/>
        <source>An offline handbook and training tool for investigators, prosecutors, judges and trainers working on trafficking in persons cases. Everything here works without an internet connection.</source>
        <translation>Odam savdosi ishlari bilan shugʻullanuvchi tergovchilar, prokurorlar, sudyalar va oʻqituvchilar uchun oflayn qoʻllanma va oʻquv vositasi. Bu yerdagi hamma narsa internetga ulanmasdan ishlaydi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="60"/>
        <source>Training edition: not an official publication. Where this handbook and the official legal texts differ, the official texts prevail.</source>
        <translation>Oʻquv nashri, rasmiy nashr emas. Ushbu qoʻllanma va rasmiy huquqiy matnlar oʻrtasida farq boʻlsa, rasmiy matnlar ustun turadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="65"/>
        <source>Opening the handbook…</source>
        <translation>Qoʻllanma ochilmoqda…</translation>
    </message>
</context>
<context>
    <name>HomeTexts</name>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="43"/>
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n ta bob</numerusform>
            <numerusform>%n ta bob</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="46"/>
        <source>%n question(s) due</source>
        <translation>
            <numerusform>%n ta savol takrorlash uchun</numerusform>
            <numerusform>%n ta savol takrorlash uchun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="49"/>
        <source>%n case record(s) in progress</source>
        <translation>
            <numerusform>%n ta tugallanmagan ish kartochkasi</numerusform>
            <numerusform>%n ta tugallanmagan ish kartochkasi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryLoader</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/app.py" line="51"/>
        <source>The handbook could not be opened</source>
        <translation>Qoʻllanmani ochib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/app.py" line="52"/>
        <source>The content in %1 could not be read: %2</source>
        <translation>%1 dagi materiallarni oʻqib boʻlmadi: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="84"/>
        <source>Contents</source>
        <translation>Mundarija</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="140"/>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="141"/>
        <source>Forward</source>
        <translation>Oldinga</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="142"/>
        <source>Home</source>
        <translation>Bosh sahifa</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="143"/>
        <source>Find in Page…</source>
        <translation>Sahifadan qidirish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="144"/>
        <source>Find Next</source>
        <translation>Keyingisini topish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="145"/>
        <source>Find Previous</source>
        <translation>Oldingisini topish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="146"/>
        <source>Zoom In</source>
        <translation>Kattalashtirish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="147"/>
        <source>Zoom Out</source>
        <translation>Kichiklashtirish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="148"/>
        <source>Actual Size</source>
        <translation>Asl oʻlcham</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="149"/>
        <source>Go to Contents</source>
        <translation>Mundarijaga oʻtish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="150"/>
        <source>Search…</source>
        <translation>Qidirish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="151"/>
        <source>Quit</source>
        <translation>Chiqish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="152"/>
        <source>About tiphandbook</source>
        <translation>tiphandbook haqida</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="153"/>
        <source>Translation Status…</source>
        <translation>Tarjimalar holati…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="154"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tezkor tugmalar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="161"/>
        <source>Navigation</source>
        <translation>Navigatsiya</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="178"/>
        <source>Content language:</source>
        <translation>Materiallar tili:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="182"/>
        <source>Content language</source>
        <translation>Materiallar tili</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="190"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="193"/>
        <source>&amp;View</source>
        <translation>&amp;Koʻrinish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="202"/>
        <source>&amp;Go</source>
        <translation>&amp;Oʻtish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="208"/>
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="278"/>
        <source>%n content problem(s)</source>
        <translation>
            <numerusform>Materiallarda %n ta xato</numerusform>
            <numerusform>Materiallarda %n ta xato</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="111"/>
        <source>Some content files have errors and were skipped. Click for details.</source>
        <translation>Baʼzi material fayllarida xatolar bor, ular oʻtkazib yuborildi. Batafsil maʼlumot uchun bosing.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="286"/>
        <source>Your data</source>
        <translation>Sizning maʼlumotlaringiz</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="306"/>
        <source>This page is not in the loaded content.</source>
        <translation>Bu sahifa yuklangan materiallar orasida yoʻq.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="370"/>
        <source>This link cannot be opened.</source>
        <translation>Bu havolani ochib boʻlmaydi.</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="22"/>
        <source>Contents</source>
        <translation>Mundarija</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="34"/>
        <source>Handbook</source>
        <translation>Qoʻllanma</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="40"/>
        <source>Curricula</source>
        <translation>Oʻquv dasturlari</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="45"/>
        <source>Checklists</source>
        <translation>Nazorat varaqalari</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="194"/>
        <source>New case record</source>
        <translation>Yangi ish kartochkasi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="199"/>
        <source>Checklist</source>
        <translation>Nazorat varaqasi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="204"/>
        <source>Checklist:</source>
        <translation>Nazorat varaqasi:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="206"/>
        <source>Case reference</source>
        <translation>Ish raqami</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="207"/>
        <source>e.g. the case or file number</source>
        <translation>masalan, jinoyat ishi yoki material raqami</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="208"/>
        <source>Case reference:</source>
        <translation>Ish raqami:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="210"/>
        <source>Case title</source>
        <translation>Ish nomi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="211"/>
        <source>Case title:</source>
        <translation>Ish nomi:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="214"/>
        <source>Identify victims and witnesses only by initials or a code: never by full name, address or anything else that identifies them, here or in the notes.</source>
        <translation>Jabrlanuvchilar va guvohlarni faqat bosh harflari yoki kod bilan koʻrsating: bu yerda ham, izohlarda ham toʻliq ismi, manzili yoki shaxsini aniqlash mumkin boʻlgan boshqa maʼlumotlarni hech qachon yozmang.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="220"/>
        <source>Start record</source>
        <translation>Kartochkani yaratish</translation>
    </message>
</context>
<context>
    <name>NotSaved</name>
    <message>
        <location filename="../../tiphandbook/ui/common/not_saved.py" line="14"/>
        <source>Not saved</source>
        <translation>Saqlanmadi</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="48"/>
        <source>Note on this section</source>
        <translation>Bu boʻlimga izoh</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="50"/>
        <source>Write a note on this section. It is saved as you type and stays on this computer, unencrypted: keep case details in the case records.</source>
        <translation>Bu boʻlimga izoh yozing. U yozish davomida saqlanadi va shu kompyuterda shifrlanmagan holda qoladi: ish boʻyicha maʼlumotlarni ish kartochkalariga yozing.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="56"/>
        <source>Delete Note</source>
        <translation>Izohni oʻchirish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="62"/>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="70"/>
        <source>All notes</source>
        <translation>Barcha izohlar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="65"/>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="66"/>
        <source>Search notes</source>
        <translation>Izohlardan qidirish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="100"/>
        <source>Saved</source>
        <translation>Saqlandi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="104"/>
        <source>Not saved: %1</source>
        <translation>Saqlanmadi: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="107"/>
        <source>Saving…</source>
        <translation>Saqlanmoqda…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="118"/>
        <source>Open a chapter, a module or a checklist to write a note on it.</source>
        <translation>Izoh yozish uchun bob, modul yoki nazorat varaqasini oching.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="120"/>
        <source>Note on: %1</source>
        <translation>Boʻlimga izoh: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="131"/>
        <source>No notes match.</source>
        <translation>Mos izohlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="131"/>
        <source>No notes yet.</source>
        <translation>Hozircha izohlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="132"/>
        <source>Try other words.</source>
        <translation>Boshqa soʻzlarni sinab koʻring.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="133"/>
        <source>Your notes on the sections you read are listed here (Ctrl+Shift+M writes one).</source>
        <translation>Oʻqigan boʻlimlaringizga yozgan izohlaringiz shu yerda roʻyxatlanadi (Ctrl+Shift+M izoh yozadi).</translation>
    </message>
</context>
<context>
    <name>OfficerWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="81"/>
        <source>Screening interview — %1</source>
        <translation>Dastlabki suhbat — %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="94"/>
        <source>%1 · the person reads: %2</source>
        <translation>%1 · suhbatdosh oʻqiydi: %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="118"/>
        <source>What the person said, in your words</source>
        <translation>Suhbatdosh aytgan gap, oʻz soʻzlaringiz bilan</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="125"/>
        <source>Show to the Person…</source>
        <translation>Suhbatdoshga koʻrsatish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="126"/>
        <source>End Interview</source>
        <translation>Suhbatni yakunlash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="149"/>
        <source>Details for the referral note</source>
        <translation>Maʼlumotnoma uchun tafsilotlar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="169"/>
        <source>Second language of the note:</source>
        <translation>Maʼlumotnomaning ikkinchi tili:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="171"/>
        <source>Second language of the note</source>
        <translation>Maʼlumotnomaning ikkinchi tili</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="175"/>
        <source>Referral Note (PDF)…</source>
        <translation>Yoʻnaltirish maʼlumotnomasi (PDF)…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="187"/>
        <source>None</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="197"/>
        <source>Answers so far</source>
        <translation>Berilgan javoblar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="198"/>
        <source>Indicators raised</source>
        <translation>Aniqlangan belgilar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="199"/>
        <source>Observations and notes</source>
        <translation>Kuzatuvlar va qaydlar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="202"/>
        <source>Double-click or Enter on an answer to correct it</source>
        <translation>Javobni tuzatish uchun uni ikki marta bosing yoki Enter tugmasini bosing</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="204"/>
        <source>Time</source>
        <translation>Vaqt</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="204"/>
        <source>Question</source>
        <translation>Savol</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="204"/>
        <source>Answer</source>
        <translation>Javob</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="218"/>
        <source>Note as Observed</source>
        <translation>Kuzatilgan deb belgilash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="224"/>
        <source>A note (Enter adds it with the time)</source>
        <translation>Qayd (Enter uni vaqti bilan qoʻshadi)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="242"/>
        <source>seen by you</source>
        <translation>siz kuzatgansiz</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="277"/>
        <source>The person reads: %1</source>
        <translation>Suhbatdosh oʻqiydi: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="293"/>
        <source>Why ask:</source>
        <translation>Nima uchun soʻraladi:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="293"/>
        <source>What an answer may indicate:</source>
        <translation>Javob nimaga ishora qilishi mumkin:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="293"/>
        <source>In the handbook:</source>
        <translation>Qoʻllanmada:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="377"/>
        <source>Not saved: %1</source>
        <translation>Saqlanmadi: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="379"/>
        <source>Saved (encrypted) at %1.</source>
        <translation>%1 da saqlandi (shifrlangan).</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="392"/>
        <source>Referral note saved to %1 (not encrypted).</source>
        <translation>Maʼlumotnoma %1 ga saqlandi (shifrlanmagan).</translation>
    </message>
</context>
<context>
    <name>OrderingInput</name>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="204"/>
        <source>Items to put in order</source>
        <translation>Tartibga solinadigan elementlar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="206"/>
        <source>Move &amp;up</source>
        <translation>Yuqoriga &amp;surish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="207"/>
        <source>Move &amp;down</source>
        <translation>&amp;Pastga surish</translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <location filename="../../tiphandbook/ui/common/page_printer.py" line="48"/>
        <source>Page %1 of %2</source>
        <translation>%1-sahifa (jami %2)</translation>
    </message>
</context>
<context>
    <name>ParallelLanguages</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="170"/>
        <source>&amp;Parallel Languages…</source>
        <translation>&amp;Parallel tillar…</translation>
    </message>
</context>
<context>
    <name>ParallelReader</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="72"/>
        <source>Parallel languages</source>
        <translation>Parallel tillar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="80"/>
        <source>&amp;Page:</source>
        <translation>&amp;Sahifa:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="81"/>
        <source>beside</source>
        <translation>yonida</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="83"/>
        <source>Language on the left</source>
        <translation>Chapdagi til</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="84"/>
        <source>Language on the right</source>
        <translation>Oʻngdagi til</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="86"/>
        <source>Print or Save as PDF…</source>
        <translation>Chop etish yoki PDF sifatida saqlash…</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="64"/>
        <source>Print or save as PDF</source>
        <translation>Chop etish yoki PDF formatida saqlash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="67"/>
        <source>What to print:</source>
        <translation>Nimani chop etish kerak:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="78"/>
        <source>&amp;Print…</source>
        <translation>&amp;Chop etish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="80"/>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;PDF formatida saqlash…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="100"/>
        <source>&amp;Print or Save as PDF…</source>
        <translation>&amp;Chop etish yoki PDF formatida saqlash…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="119"/>
        <source>The checklist template: %1</source>
        <translation>Nazorat varaqasi shabloni: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="124"/>
        <source>This module: %1</source>
        <translation>Ushbu modul: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="124"/>
        <source>This chapter: %1</source>
        <translation>Ushbu bob: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="130"/>
        <source>The whole part: %1</source>
        <translation>Butun qism: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="134"/>
        <source>The whole curriculum: %1</source>
        <translation>Butun oʻquv dasturi: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="142"/>
        <source>Open a chapter, a module or a checklist to print it.</source>
        <translation>Chop etish uchun bob, modul yoki nazorat varaqasini oching.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="166"/>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="173"/>
        <source>Save as PDF</source>
        <translation>PDF formatida saqlash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="166"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF fayllari (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="175"/>
        <source>Saved %1</source>
        <translation>Saqlandi: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="199"/>
        <source>Print</source>
        <translation>Chop etish</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="42"/>
        <source>Training progress</source>
        <translation>Oʻquv natijalari</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Best score</source>
        <translation>Eng yaxshi natija</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Attempts</source>
        <translation>Urinishlar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Last attempt</source>
        <translation>Oxirgi urinish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="46"/>
        <source>Due for review</source>
        <translation>Takrorlash uchun</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="47"/>
        <source>Progress by module</source>
        <translation>Modullar boʻyicha natijalar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="52"/>
        <source>No quiz taken yet</source>
        <translation>Hali test topshirilmagan</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="53"/>
        <source>Take a module&apos;s quiz (Training › Take the Module&apos;s Quiz, Ctrl+Shift+Q): your best score, attempts and the questions due for review appear here.</source>
        <translation>Modul testini topshiring (Taʼlim › Modul testini topshirish, Ctrl+Shift+Q): eng yaxshi natija, urinishlar soni va takrorlanadigan savollar shu yerda koʻrinadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="56"/>
        <source>&amp;Export results to CSV…</source>
        <translation>Natijalarni CSV faylga &amp;eksport qilish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="62"/>
        <source>Double-click a module to open its quiz. Everything here stays on this computer.</source>
        <translation>Modul testini ochish uchun modulni ikki marta bosing. Bu yerdagi barcha maʼlumotlar shu kompyuterda qoladi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="74"/>
        <source>Other quizzes</source>
        <translation>Boshqa testlar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="96"/>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="105"/>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="107"/>
        <source>Export results</source>
        <translation>Natijalarni eksport qilish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="96"/>
        <source>Student&apos;s name (written in each row):</source>
        <translation>Tinglovchining ismi (har bir qatorga yoziladi):</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="99"/>
        <source>Export results to CSV</source>
        <translation>Natijalarni CSV faylga eksport qilish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="99"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV fayllari (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="105"/>
        <source>Could not write the file: %1</source>
        <translation>Faylni yozib boʻlmadi: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="107"/>
        <source>%n attempt(s) written.</source>
        <translation>
            <numerusform>%n ta urinish yozildi.</numerusform>
            <numerusform>%n ta urinish yozildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="45"/>
        <source>Time left</source>
        <translation>Qolgan vaqt</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="59"/>
        <source>Answer</source>
        <translation>Javob</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="63"/>
        <source>Feedback</source>
        <translation>Javob boʻyicha izoh</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="71"/>
        <source>← &amp;Previous</source>
        <translation>← &amp;Oldingi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="72"/>
        <source>&amp;Check</source>
        <translation>&amp;Tekshirish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="73"/>
        <source>&amp;Try again</source>
        <translation>&amp;Qayta urinish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="74"/>
        <source>&amp;Next →</source>
        <translation>&amp;Keyingi →</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="106"/>
        <source>&amp;Finish</source>
        <translation>&amp;Yakunlash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="106"/>
        <source>&amp;Finish exam</source>
        <translation>&amp;Imtihonni yakunlash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="134"/>
        <source>Question %1 of %2</source>
        <translation>%2 ta savoldan %1-savol</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="158"/>
        <source>Choose or type an answer first.</source>
        <translation>Avval javobni tanlang yoki kiriting.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="177"/>
        <source>Finish the exam?</source>
        <translation>Imtihon yakunlansinmi?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/question_page.py" line="178"/>
        <source>%n question(s) not answered yet. Finish the exam anyway?</source>
        <translation>
            <numerusform>%n ta savolga hali javob berilmagan. Baribir imtihon yakunlansinmi?</numerusform>
            <numerusform>%n ta savolga hali javob berilmagan. Baribir imtihon yakunlansinmi?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="180"/>
        <source>Finish practice?</source>
        <translation>Mashqni yakunlaysizmi?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/question_page.py" line="181"/>
        <source>You have answered %1 of %n question(s). Finish now? The score counts the answered ones only; the others are not counted as missed.</source>
        <translation>
            <numerusform>Siz %n ta savoldan %1 tasiga javob berdingiz. Hozir yakunlaysizmi? Natija faqat javob berilgan savollarni hisoblaydi; qolganlari xato hisoblanmaydi.</numerusform>
            <numerusform>Siz %n ta savoldan %1 tasiga javob berdingiz. Hozir yakunlaysizmi? Natija faqat javob berilgan savollarni hisoblaydi; qolganlari xato hisoblanmaydi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="195"/>
        <source>Time left: %1</source>
        <translation>Qolgan vaqt: %1</translation>
    </message>
</context>
<context>
    <name>QuizWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="70"/>
        <source>Quiz: %1</source>
        <translation>Test: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="98"/>
        <source>%n question(s) · pass mark %1%</source>
        <translation>
            <numerusform>%n ta savol · oʻtish bali %1%</numerusform>
            <numerusform>%n ta savol · oʻtish bali %1%</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="106"/>
        <source>&amp;Practice</source>
        <translation>&amp;Mashq</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="108"/>
        <source>Feedback and the explanation after each answer; try again when you miss</source>
        <translation>Har bir javobdan keyin izoh va tushuntirish; xato qilsangiz, qayta urinib koʻrishingiz mumkin</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="109"/>
        <source>&amp;Exam</source>
        <translation>&amp;Imtihon</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="110"/>
        <source>No feedback until the end; a result with pass or fail</source>
        <translation>Oxirigacha izohlarsiz; natija: oʻtdi yoki oʻtmadi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="111"/>
        <source>The questions you missed, back on a spaced schedule</source>
        <translation>Xato javob bergan savollaringiz oraliqli takrorlash jadvali boʻyicha qaytariladi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="114"/>
        <source>no limit</source>
        <translation>cheklovsiz</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="115"/>
        <source> min</source>
        <translation> daq</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="116"/>
        <source>Exam time limit in minutes</source>
        <translation>Imtihon vaqti chegarasi (daqiqalarda)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="118"/>
        <source>Exam &amp;time limit:</source>
        <translation>Imtihon &amp;vaqti:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="130"/>
        <source>Present in &amp;classroom</source>
        <translation>Auditoriyada &amp;namoyish qilish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="131"/>
        <source>Print &amp;handout…</source>
        <translation>Tarqatma materialni &amp;chop etish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="132"/>
        <source>Print answer &amp;key…</source>
        <translation>Javoblar &amp;kalitini chop etish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="156"/>
        <source>For trainers:</source>
        <translation>Oʻqituvchilar uchun:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="167"/>
        <source>Result</source>
        <translation>Natija</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="170"/>
        <source>&amp;Review missed questions</source>
        <translation>Xato javob berilgan savollarni &amp;takrorlash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="172"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Boshiga qaytish</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="192"/>
        <source>Your best score: %1 in %n attempt(s).</source>
        <translation>
            <numerusform>Eng yaxshi natijangiz: %1 (%n ta urinishda).</numerusform>
            <numerusform>Eng yaxshi natijangiz: %1 (%n ta urinishda).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="194"/>
        <source>You have not taken this quiz yet.</source>
        <translation>Siz bu testni hali topshirmagansiz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="196"/>
        <source>%n question(s) due for review now.</source>
        <translation>
            <numerusform>Hozir %n ta savolni takrorlash vaqti keldi.</numerusform>
            <numerusform>Hozir %n ta savolni takrorlash vaqti keldi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="198"/>
        <source>&amp;Review (%n due)</source>
        <translation>
            <numerusform>&amp;Takrorlash (%n ta savol)</numerusform>
            <numerusform>&amp;Takrorlash (%n ta savol)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="215"/>
        <source>This sitting will not be recorded in your history.</source>
        <translation>Bu urinish tarixingizga yozilmaydi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="228"/>
        <source>Your answers from now on will not be recorded.</source>
        <translation>Bundan buyongi javoblaringiz yozilmaydi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="239"/>
        <source>Your result was not saved in your history.</source>
        <translation>Natijangiz tarixingizda saqlanmadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="250"/>
        <source>Exam not finished</source>
        <translation>Imtihon yakunlanmagan</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="251"/>
        <source>This exam is not finished. Finish it now and record the result of the answers given so far? Unanswered questions count as missed.</source>
        <translation>Imtihon hali yakunlanmagan. Uni hozir yakunlab, shu paytgacha berilgan javoblar natijasini saqlaysizmi? Javob berilmagan savollar notoʻgʻri deb hisoblanadi.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/reader_view.py" line="35"/>
        <source>Reading pane</source>
        <translation>Oʻqish maydoni</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="52"/>
        <source>Bookmarks</source>
        <translation>Xatchoʻplar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="63"/>
        <source>Notes</source>
        <translation>Izohlar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="80"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Xatchoʻplar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="81"/>
        <source>&amp;Bookmark This Section</source>
        <translation>&amp;Bu boʻlimni xatchoʻplarga qoʻshish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="83"/>
        <source>&amp;Show Bookmarks</source>
        <translation>Xatchoʻplarni &amp;koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="86"/>
        <source>&amp;Note on This Section…</source>
        <translation>Bu boʻlimga &amp;izoh yozish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="89"/>
        <source>Notes &amp;Panel</source>
        <translation>Izohlar &amp;paneli</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="136"/>
        <source>You have a note on this section. Click to open it.</source>
        <translation>Bu boʻlimga izohingiz bor. Ochish uchun bosing.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="150"/>
        <source>Open a chapter, a module or a checklist to bookmark it.</source>
        <translation>Xatchoʻplarga qoʻshish uchun bob, modul yoki nazorat varaqasini oching.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="155"/>
        <source>The bookmark was not added.</source>
        <translation>Xatchoʻp qoʻshilmadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="158"/>
        <source>Bookmarked: %1</source>
        <translation>Xatchoʻplarga qoʻshildi: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="158"/>
        <source>Already bookmarked: %1</source>
        <translation>Xatchoʻplarda allaqachon bor: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="180"/>
        <source>The bookmark was not renamed.</source>
        <translation>Xatchoʻp nomi oʻzgartirilmadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="187"/>
        <source>The bookmark was not deleted.</source>
        <translation>Xatchoʻp oʻchirilmadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="190"/>
        <source>Bookmark deleted.</source>
        <translation>Xatchoʻp oʻchirildi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="200"/>
        <source>Open a chapter, a module or a checklist to write a note on it.</source>
        <translation>Izoh yozish uchun bob, modul yoki nazorat varaqasini oching.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="247"/>
        <source>The note was not saved; its text stays in the Notes panel.</source>
        <translation>Qayd saqlanmadi; uning matni Qaydlar panelida qoladi.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="242"/>
        <source>Open</source>
        <translation>Bajarilmagan</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="242"/>
        <source>Done</source>
        <translation>Bajarildi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="243"/>
        <source>Not applicable</source>
        <translation>Taalluqli emas</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="73"/>
        <source>Case record — %1</source>
        <translation>Ish kartochkasi — %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="106"/>
        <source>Try Again</source>
        <translation>Qayta urinish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="107"/>
        <source>Close Without Saving</source>
        <translation>Saqlamasdan yopish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="128"/>
        <source>Progress</source>
        <translation>Bajarilishi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="135"/>
        <source>Item</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="135"/>
        <source>State</source>
        <translation>Holati</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="135"/>
        <source>Changed</source>
        <translation>Oʻzgartirilgan</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="136"/>
        <source>Checklist items</source>
        <translation>Nazorat varaqasi bandlari</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="178"/>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="180"/>
        <source>Note: refer to victims and witnesses by initials or a code only.</source>
        <translation>Izoh: jabrlanuvchilar va guvohlarni faqat bosh harflari yoki kod bilan koʻrsating.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="184"/>
        <source>The stored note could not be decrypted: it was damaged or altered, so it is not shown. A new note replaces it.</source>
        <translation>Saqlangan izohning shifrini ochib boʻlmadi: u shikastlangan yoki oʻzgartirilgan, shuning uchun koʻrsatilmaydi. Yangi izoh uning oʻrnini egallaydi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="198"/>
        <source>Sign-off</source>
        <translation>Imzolash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="205"/>
        <source>Signed off by</source>
        <translation>Imzolagan shaxs</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="208"/>
        <source>Sign-off date</source>
        <translation>Imzolangan sana</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="210"/>
        <source>Signed off by:</source>
        <translation>Imzolagan shaxs:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="211"/>
        <source>Date:</source>
        <translation>Sana:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="216"/>
        <source>Sign Off</source>
        <translation>Imzolash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="217"/>
        <source>Export Markdown…</source>
        <translation>Markdown formatida eksport qilish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="218"/>
        <source>Export PDF…</source>
        <translation>PDF formatida eksport qilish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="252"/>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="321"/>
        <source>[unreadable]</source>
        <translation>[oʻqib boʻlmaydi]</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="256"/>
        <source>%1 · template version %2 · started %3</source>
        <translation>%1 · shablon versiyasi %2 · boshlangan: %3</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="260"/>
        <source>A newer version of this checklist (version %1) is available. This record keeps the version it was started from, so nothing in it has changed.</source>
        <translation>Ushbu nazorat varaqasining yangiroq versiyasi (%1-versiya) mavjud. Kartochka qaysi versiya boʻyicha boshlangan boʻlsa, oʻsha versiyada qoladi, shuning uchun undagi hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="282"/>
        <source>This record was changed outside tiphandbook on or after %1.</source>
        <translation>Bu yozuv tiphandbookdan tashqarida %1 yoki undan keyin oʻzgartirilgan.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="283"/>
        <source>This record was changed outside tiphandbook.</source>
        <translation>Bu yozuv tiphandbookdan tashqarida oʻzgartirilgan.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="284"/>
        <source>It is shown as stored and can no longer be changed; the other records are not affected. “tiphandbook data check” lists every altered record.</source>
        <translation>U saqlangan holida koʻrsatiladi va endi oʻzgartirib boʻlmaydi; boshqa yozuvlarga taʼsir qilmaydi. «tiphandbook data check» buyrugʻi barcha oʻzgartirilgan yozuvlarni koʻrsatadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="287"/>
        <source>Some parts of this record could not be decrypted because they were damaged or altered, and are not shown: %1.</source>
        <translation>Ushbu kartochkaning baʼzi qismlari shikastlangan yoki oʻzgartirilgani sababli ularning shifrini ochib boʻlmadi va ular koʻrsatilmaydi: %1.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="269"/>
        <source>%1 of %2 items addressed</source>
        <translation>%2 ta banddan %1 tasi koʻrib chiqildi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="299"/>
        <source> (required)</source>
        <translation> (majburiy)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="312"/>
        <source>shown in red in the list</source>
        <translation>roʻyxatda qizil rangda koʻrsatilgan</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="313"/>
        <source>Still open and required before sign-off (%1): %2</source>
        <translation>Imzolashdan oldin bajarilishi shart boʻlgan, hali bajarilmagan bandlar (%1): %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="319"/>
        <source>Mark every required item done or not applicable first.</source>
        <translation>Avval har bir majburiy bandni «Bajarildi» yoki «Taalluqli emas» deb belgilang.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="324"/>
        <source>Signed off by %1 on %2. A signed record can no longer be changed.</source>
        <translation>%1 tomonidan %2 sanasida imzolangan. Imzolangan kartochkani endi oʻzgartirib boʻlmaydi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="335"/>
        <source>Choose an item on the left.</source>
        <translation>Chap tomondagi bandni tanlang.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="338"/>
        <source>Read in the handbook: %1</source>
        <translation>Qoʻllanmada oʻqing: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="350"/>
        <source>Last changed: %1</source>
        <translation>Oxirgi oʻzgarish: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="417"/>
        <source>Your last change is not saved yet: %1 It is still shown here; try again in a moment.</source>
        <translation>Oxirgi oʻzgarish hali saqlanmadi: %1 U shu yerda koʻrsatilib turibdi; birozdan keyin qayta urining.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="433"/>
        <source>Exported to %1 (not encrypted).</source>
        <translation>Eksport qilindi: %1 (shifrlanmagan).</translation>
    </message>
</context>
<context>
    <name>RecordsWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="45"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="63"/>
        <source>Case records</source>
        <translation>Ish kartochkalari</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="49"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="97"/>
        <source>All</source>
        <translation>Hammasi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="97"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="139"/>
        <source>In progress</source>
        <translation>Jarayonda</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="98"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="139"/>
        <source>Signed off</source>
        <translation>Imzolangan</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="52"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Checklist</source>
        <translation>Nazorat varaqasi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="54"/>
        <source>Status:</source>
        <translation>Holati:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="55"/>
        <source>Checklist:</source>
        <translation>Nazorat varaqasi:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Case reference</source>
        <translation>Ish raqami</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Progress</source>
        <translation>Bajarilishi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="66"/>
        <source>Last changed</source>
        <translation>Oxirgi oʻzgarish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="75"/>
        <source>New Case Record…</source>
        <translation>Yangi ish kartochkasi…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="76"/>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="77"/>
        <source>Delete…</source>
        <translation>Oʻchirish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="116"/>
        <source>All checklists</source>
        <translation>Barcha nazorat varaqalari</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="129"/>
        <source>No case records match these filters.</source>
        <translation>Ushbu filtrlarga mos ish kartochkalari yoʻq.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="129"/>
        <source>No case records yet.</source>
        <translation>Hozircha ish kartochkalari yoʻq.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="130"/>
        <source>Choose “All” above to see every record.</source>
        <translation>Barcha kartochkalarni koʻrish uchun yuqorida “Barchasi”ni tanlang.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="131"/>
        <source>Start one from a checklist with New Case Record. Records are encrypted with your passphrase and stay on this computer.</source>
        <translation>Nazorat varaqasidan “Yangi ish kartochkasi” buyrugʻi bilan boshlang. Kartochkalar parol iborangiz bilan shifrlanadi va shu kompyuterda qoladi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="138"/>
        <source>[unreadable]</source>
        <translation>[oʻqib boʻlmaydi]</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="151"/>
        <source>This record was changed outside tiphandbook; open it for details.</source>
        <translation>Bu yozuv tiphandbookdan tashqarida oʻzgartirilgan; tafsilotlar uchun uni oching.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="153"/>
        <source>Parts of this record could not be decrypted: they were damaged or altered.</source>
        <translation>Ushbu kartochkaning baʼzi qismlarining shifrini ochib boʻlmadi: ular shikastlangan yoki oʻzgartirilgan.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="176"/>
        <source>Delete case record</source>
        <translation>Ish kartochkasini oʻchirish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="177"/>
        <source>Delete the case record “%1” and all its notes? This cannot be undone.</source>
        <translation>«%1» ish kartochkasi va undagi barcha izohlar oʻchirilsinmi? Bu amalni bekor qilib boʻlmaydi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="186"/>
        <source>The case record was not deleted.</source>
        <translation>Ish yozuvi oʻchirilmadi.</translation>
    </message>
</context>
<context>
    <name>ReferralNote</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="62"/>
        <source>The referral note is not encrypted</source>
        <translation>Maʼlumotnoma shifrlanmagan</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="63"/>
        <source>The PDF is not encrypted: anyone who can open it can read what the person said. Save it only where the case file is kept, hand the printout only to the service it is for, and delete copies you no longer need.</source>
        <translation>PDF fayl shifrlanmagan: uni ochgan har kim suhbatdosh nima deganini oʻqiy oladi. Uni faqat ish materiallari saqlanadigan joyda saqlang, nusxasini faqat moʻljallangan xizmatga topshiring va keraksiz nusxalarni oʻchiring.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="71"/>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="79"/>
        <source>Save the referral note</source>
        <translation>Maʼlumotnomani saqlash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="72"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF fayllar (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="69"/>
        <source>New &amp;Screening Interview…</source>
        <translation>Yangi &amp;dastlabki suhbat…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="71"/>
        <source>&amp;Hide Interview Screens</source>
        <translation>Suhbat ekranlarini &amp;yashirish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="72"/>
        <source>&amp;Return to the Interview</source>
        <translation>Suhbatga &amp;qaytish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="95"/>
        <source>No screening guides are loaded yet.</source>
        <translation>Suhbat yoʻriqnomalari hali yuklanmagan.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="124"/>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="127"/>
        <source>The interview was not started.</source>
        <translation>Suhbat boshlanmadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="155"/>
        <source>its guide or the person&apos;s language is not in the loaded content</source>
        <translation>uning yoʻriqnomasi yoki suhbatdosh tili yuklangan mazmunda yoʻq</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="158"/>
        <source>This interview cannot be opened: %1</source>
        <translation>Bu suhbatni ochib boʻlmaydi: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="169"/>
        <source>Screening interview</source>
        <translation>Dastlabki suhbat</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../tiphandbook/ui/search/search.py" line="34"/>
        <source>Search</source>
        <translation>Qidiruv</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="90"/>
        <source>Search (Ctrl+K)</source>
        <translation>Qidiruv (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="91"/>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="329"/>
        <source>Search the handbook</source>
        <translation>Qoʻllanmadan qidirish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="93"/>
        <source>Kind of result</source>
        <translation>Natija turi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="95"/>
        <source>Part or academy</source>
        <translation>Qism yoki akademiya</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="97"/>
        <source>Audience</source>
        <translation>Kim uchun</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="99"/>
        <source>All languages</source>
        <translation>Barcha tillar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="110"/>
        <source>Search results</source>
        <translation>Qidiruv natijalari</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="125"/>
        <source>Opening the handbook…</source>
        <translation>Qoʻllanma ochilmoqda…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="145"/>
        <source>Search is unavailable: %1</source>
        <translation>Qidiruvdan foydalanib boʻlmaydi: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="146"/>
        <source>Indexing…</source>
        <translation>Indekslanmoqda…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="153"/>
        <source>Everything</source>
        <translation>Hammasi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="153"/>
        <source>Handbook</source>
        <translation>Qoʻllanma</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="153"/>
        <source>Modules</source>
        <translation>Modullar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="154"/>
        <source>Checklists</source>
        <translation>Nazorat varaqalari</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="154"/>
        <source>Quizzes</source>
        <translation>Testlar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="170"/>
        <source>All parts and academies</source>
        <translation>Barcha qismlar va akademiyalar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="181"/>
        <source>All audiences</source>
        <translation>Hamma uchun</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="207"/>
        <source>Indexing… results will appear when the index is ready.</source>
        <translation>Indekslanmoqda… natijalar indeks tayyor boʻlganda chiqadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="263"/>
        <source>Too long: not searched: %1</source>
        <translation>Soʻrov juda uzun; qidirilmadi: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="266"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n ta natija</numerusform>
            <numerusform>%n ta natija</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="268"/>
        <source>close spellings</source>
        <translation>oʻxshash yozilishlar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="270"/>
        <source>show more</source>
        <translation>yana koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="271"/>
        <source>The first %1 — scroll down or %2</source>
        <translation>Dastlabki %1 — pastga aylantiring yoki %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="330"/>
        <source>Type a word or a phrase: chapters, modules, checklists and quizzes are searched as you type. Recent searches are listed here.</source>
        <translation>Soʻz yoki ibora yozing: boblar, modullar, nazorat varaqalari va testlar yozish davomida qidiriladi. Soʻnggi qidiruvlar shu yerda roʻyxatlanadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="334"/>
        <source>Nothing found</source>
        <translation>Hech narsa topilmadi</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="335"/>
        <source>Try fewer or other words, another filter, or All languages.</source>
        <translation>Kamroq yoki boshqa soʻzlarni, boshqa filtrni yoki “Barcha tillar”ni sinab koʻring.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="255"/>
        <source>No results. Did you mean %1?</source>
        <translation>Hech narsa topilmadi. Balki %1 demoqchi boʻlgandirsiz?</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="256"/>
        <source>No results.</source>
        <translation>Hech narsa topilmadi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="281"/>
        <source>%n result(s) in English</source>
        <translation>
            <numerusform>inglizcha matnda %n ta natija</numerusform>
            <numerusform>inglizcha matnda %n ta natija</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="282"/>
        <source>%n result(s) in Russian</source>
        <translation>
            <numerusform>ruscha matnda %n ta natija</numerusform>
            <numerusform>ruscha matnda %n ta natija</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="283"/>
        <source>%n result(s) in Uzbek</source>
        <translation>
            <numerusform>oʻzbekcha matnda %n ta natija</numerusform>
            <numerusform>oʻzbekcha matnda %n ta natija</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="285"/>
        <source>show them</source>
        <translation>koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="286"/>
        <source>No results in this language.</source>
        <translation>Bu tilda hech narsa topilmadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="301"/>
        <source>Indexing… %1%</source>
        <translation>Indekslanmoqda… %1%</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="322"/>
        <source>Recent searches</source>
        <translation>Soʻnggi qidiruvlar</translation>
    </message>
</context>
<context>
    <name>SetUpPassphraseDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="104"/>
        <source>Protect case records</source>
        <translation>Ish kartochkalarini himoyalash</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="106"/>
        <source>Case records are encrypted on this computer with a passphrase that you choose now. You will be asked for it to open them, and again after the records lock when the app is left idle.</source>
        <translation>Ish kartochkalari ushbu kompyuterda hozir oʻzingiz tanlaydigan parol iborasi bilan shifrlanadi. Ularni ochishda, shuningdek, ilovadan foydalanilmay qolganda kartochkalar qulflangandan keyin bu ibora soʻraladi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="109"/>
        <source>If you forget this passphrase, your case records cannot be read: not by you, not by an administrator, not by the developers. There is no reset and no recovery.</source>
        <translation>Agar bu parol iborasini unutsangiz, ish kartochkalarini hech kim oʻqiy olmaydi: na siz, na administrator, na dasturchilar. Uni tiklash yoki qayta oʻrnatishning imkoni yoʻq.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="111"/>
        <source>Passphrase:</source>
        <translation>Parol iborasi:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="112"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>kamida %n ta belgi</numerusform>
            <numerusform>kamida %n ta belgi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="113"/>
        <source>Repeat passphrase:</source>
        <translation>Parol iborasini takrorlang:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="114"/>
        <source>I understand that a forgotten passphrase means unreadable records.</source>
        <translation>Parol iborasi unutilsa, kartochkalarni oʻqib boʻlmasligini tushunaman.</translation>
    </message>
</context>
<context>
    <name>ShortAnswerInput</name>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="265"/>
        <source>Your answer</source>
        <translation>Sizning javobingiz</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="266"/>
        <source>Type your answer</source>
        <translation>Javobingizni kiriting</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="58"/>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="62"/>
        <source>Keyboard shortcuts</source>
        <translation>Tezkor tugmalar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="61"/>
        <source>Command</source>
        <translation>Buyruq</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="61"/>
        <source>Keys</source>
        <translation>Tugmalar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="77"/>
        <source>Everywhere else: Tab and Shift+Tab move between controls; in the contents, lists and search results the arrow keys move and Enter opens; in the bookmarks F2 renames and Delete deletes; Alt and a menu&apos;s underlined letter open that menu; Esc closes a dialog or the find bar, and leaves a note for the text.</source>
        <translation>Boshqa hollarda: Tab va Shift+Tab bilan boshqaruv elementlari orasida oʻtiladi; mundarija, roʻyxatlar va qidiruv natijalarida strelka tugmalari bilan harakatlaniladi, Enter bilan ochiladi; xatchoʻplarda F2 nomini oʻzgartiradi, Delete esa oʻchiradi; Alt va menyu nomidagi tagiga chizilgan harf shu menyuni ochadi; Esc dialog oynasini yoki qidiruv panelini yopadi, izohdan esa matnga qaytaradi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="81"/>
        <source>In a quiz window: Esc or Ctrl+W closes it (an exam under way asks first); F5 presents that quiz in the classroom.</source>
        <translation>Test oynasida: Esc yoki Ctrl+W uni yopadi (davom etayotgan imtihon avval soʻraydi); F5 bu testni sinfda koʻrsatadi.</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="22"/>
        <source>New screening interview</source>
        <translation>Yangi dastlabki suhbat</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="30"/>
        <source>A case reference; no name is needed</source>
        <translation>Ishning shartli raqami; ism kerak emas</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="31"/>
        <source>The person&apos;s name is not asked for: the reference links the interview to the case file. The interview is saved encrypted with the case records.</source>
        <translation>Suhbatdoshning ismi soʻralmaydi: shartli raqam suhbatni ish materiallari bilan bogʻlaydi. Suhbat ish yozuvlari bilan birga shifrlangan holda saqlanadi.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="34"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Yoʻriqnoma:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="35"/>
        <source>The person &amp;reads:</source>
        <translation>Suhbatdosh &amp;oʻqiydigan til:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="36"/>
        <source>Case &amp;reference:</source>
        <translation>&amp;Shartli raqam:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="40"/>
        <source>Start</source>
        <translation>Boshlash</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="38"/>
        <source>&amp;Training</source>
        <translation>&amp;Taʼlim</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="39"/>
        <source>Take the Module&apos;s &amp;Quiz…</source>
        <translation>Modul &amp;testini topshirish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="41"/>
        <source>&amp;Present Quiz in Classroom…</source>
        <translation>Testni auditoriyada &amp;namoyish qilish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="43"/>
        <source>Present &amp;Lesson Plan</source>
        <translation>&amp;Dars rejasini namoyish qilish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="45"/>
        <source>P&amp;rogress…</source>
        <translation>&amp;Oʻquv natijalari…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="47"/>
        <source>Print Quiz &amp;Handout…</source>
        <translation>Testning tarqatma &amp;materialini chop etish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="49"/>
        <source>Print Quiz Answer &amp;Key…</source>
        <translation>Test javoblari &amp;kalitini chop etish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="51"/>
        <source>&amp;Export Quiz for Moodle…</source>
        <translation>Testni Moodle uchun &amp;eksport qilish…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="101"/>
        <source>No quizzes are loaded yet.</source>
        <translation>Testlar hali yuklanmagan.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="104"/>
        <source>Choose a quiz</source>
        <translation>Testni tanlang</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="104"/>
        <source>Quiz:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="124"/>
        <source>This quiz is not in the loaded content.</source>
        <translation>Bu test yuklangan materiallar orasida yoʻq.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="173"/>
        <source>Open a module of a curriculum first.</source>
        <translation>Avval oʻquv dasturining modulini oching.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="206"/>
        <source>Print quiz handout to PDF</source>
        <translation>Testning tarqatma materialini PDF faylga chiqarish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="206"/>
        <source>Print answer key to PDF</source>
        <translation>Javoblar kalitini PDF faylga chiqarish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="207"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF fayllari (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="223"/>
        <location filename="../../tiphandbook/ui/training/training.py" line="252"/>
        <source>Saved %1</source>
        <translation>Saqlandi: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="230"/>
        <source>GIFT for Moodle (*.gift *.txt)</source>
        <translation>Moodle uchun GIFT (*.gift *.txt)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="230"/>
        <source>Moodle XML (*.xml)</source>
        <translation>Moodle XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="231"/>
        <source>Export quiz for Moodle</source>
        <translation>Testni Moodle uchun eksport qilish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="238"/>
        <source>Export quiz</source>
        <translation>Testni eksport qilish</translation>
    </message>
</context>
<context>
    <name>TranslationStatusDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="21"/>
        <source>Translation Status</source>
        <translation>Tarjimalar holati</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="22"/>
        <source>current</source>
        <translation>dolzarb</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="22"/>
        <source>out of date</source>
        <translation>eskirgan</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="23"/>
        <source>source not recorded</source>
        <translation>manba matni koʻrsatilmagan</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="23"/>
        <source>missing</source>
        <translation>mavjud emas</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="24"/>
        <source>Russian</source>
        <translation>Rus tili</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="24"/>
        <source>Uzbek</source>
        <translation>Oʻzbek tili</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="27"/>
        <source>Translation status</source>
        <translation>Tarjimalar holati</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="28"/>
        <source>English file</source>
        <translation>Inglizcha fayl</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="39"/>
        <source>%1 of %2 texts are current in every language.</source>
        <translation>%2 ta matndan %1 tasi barcha tillarda dolzarb.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="130"/>
        <source>Unlock case records</source>
        <translation>Ish kartochkalarini qulfdan chiqarish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="131"/>
        <source>Enter your passphrase to open the case records.</source>
        <translation>Ish kartochkalarini ochish uchun parol iborangizni kiriting.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="132"/>
        <source>Passphrase:</source>
        <translation>Parol iborasi:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="142"/>
        <source>That passphrase is not correct. Nothing was changed; try again.</source>
        <translation>Parol iborasi notoʻgʻri. Hech narsa oʻzgartirilmadi; qaytadan urinib koʻring.</translation>
    </message>
</context>
<context>
    <name>_PassphraseDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="93"/>
        <source>This passphrase is too weak: %1</source>
        <translation>Bu parol iborasi juda zaif: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="95"/>
        <source>The two passphrases are not the same.</source>
        <translation>Kiritilgan parol iboralari bir xil emas.</translation>
    </message>
</context>
</TS>
