<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="26"/>
        <source>Content edition: no dated change recorded.</source>
        <translation>Content edition: no dated change recorded.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="27"/>
        <source>Content edition of %1 (the newest change recorded in the content).</source>
        <translation>Content edition of %1 (the newest change recorded in the content).</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="33"/>
        <source>Licences: the program code is MIT-licensed (LICENSE). The project&apos;s own handbook, checklist, screening and curricula text is licensed under Creative Commons Attribution 4.0 (CC BY 4.0, LICENSE-CONTENT); official legal texts quoted in it are not covered.</source>
        <translation>Licences: the program code is MIT-licensed (LICENSE). The project&apos;s own handbook, checklist, screening and curricula text is licensed under Creative Commons Attribution 4.0 (CC BY 4.0, LICENSE-CONTENT); official legal texts quoted in it are not covered.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="36"/>
        <source>Fonts: DejaVu Sans (Bitstream Vera and DejaVu licence, free to use and redistribute).</source>
        <translation>Fonts: DejaVu Sans (Bitstream Vera and DejaVu licence, free to use and redistribute).</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/about.py" line="37"/>
        <source>Third-party libraries: %1.</source>
        <translation>Third-party libraries: %1.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="30"/>
        <source>Interface &amp;Language</source>
        <translation>Interface &amp;Language</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="33"/>
        <source>Follow the System</source>
        <translation>Follow the System</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="33"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="34"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="34"/>
        <source>High Contrast</source>
        <translation>High Contrast</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="35"/>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/appearance.py" line="37"/>
        <source>Text &amp;Size</source>
        <translation>Text &amp;Size</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../tiphandbook/ui/common/background.py" line="96"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/background.py" line="97"/>
        <source>A task running in the background failed: %1</source>
        <translation>A task running in the background failed: %1</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="37"/>
        <source>No bookmarks yet</source>
        <translation>No bookmarks yet</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="38"/>
        <source>Press Ctrl+D to bookmark the section you are reading.</source>
        <translation>Press Ctrl+D to bookmark the section you are reading.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="42"/>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="47"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="48"/>
        <source>Rename the selected bookmark (F2)</source>
        <translation>Rename the selected bookmark (F2)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="51"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="52"/>
        <source>Delete the selected bookmark (Delete)</source>
        <translation>Delete the selected bookmark (Delete)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="78"/>
        <source>This section is not in the loaded content.</source>
        <translation>This section is not in the loaded content.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/bookmarks_panel.py" line="93"/>
        <source>not in the loaded content</source>
        <translation>not in the loaded content</translation>
    </message>
</context>
<context>
    <name>CaseExport</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="34"/>
        <source>NOT ENCRYPTED: a copy of a case record, keep it with the case file</source>
        <translation>NOT ENCRYPTED: a copy of a case record, keep it with the case file</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="44"/>
        <source>Export is not encrypted</source>
        <translation>Export is not encrypted</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="45"/>
        <source>The exported file is not encrypted: anyone who can open it can read the case reference, the notes and the names in it. Save it only where the case file is kept, and delete copies you no longer need.</source>
        <translation>The exported file is not encrypted: anyone who can open it can read the case reference, the notes and the names in it. Save it only where the case file is kept, and delete copies you no longer need.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="53"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="54"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown files (*.md)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_export.py" line="57"/>
        <source>Export case record</source>
        <translation>Export case record</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="49"/>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="50"/>
        <source>&amp;New Case Record…</source>
        <translation>&amp;New Case Record…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="52"/>
        <source>&amp;Open Case Records…</source>
        <translation>&amp;Open Case Records…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="54"/>
        <source>&amp;Lock Now</source>
        <translation>&amp;Lock Now</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="58"/>
        <source>&amp;Change Passphrase…</source>
        <translation>&amp;Change Passphrase…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="60"/>
        <source>&amp;Back Up All User Data…</source>
        <translation>&amp;Back Up All User Data…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="61"/>
        <source>&amp;Restore User Data from Backup…</source>
        <translation>&amp;Restore User Data from Backup…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="133"/>
        <source>Case records locked.</source>
        <translation>Case records locked.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="142"/>
        <source>No checklists are loaded yet.</source>
        <translation>No checklists are loaded yet.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="164"/>
        <source>This checklist is not in the loaded content.</source>
        <translation>This checklist is not in the loaded content.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="172"/>
        <source>The case record was not started.</source>
        <translation>The case record was not started.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="256"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="262"/>
        <source>Back up all user data</source>
        <translation>Back up all user data</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="263"/>
        <source>tiphandbook backups (*.sqlite3)</source>
        <translation>tiphandbook backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="269"/>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="271"/>
        <source>Backed up to %1. Case records in it stay encrypted under the passphrase of today.</source>
        <translation>Backed up to %1. Case records in it stay encrypted under the passphrase of today.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="279"/>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="287"/>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="295"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="280"/>
        <source>Restoring replaces all user data on this computer (case records and quiz history) with the backup&apos;s. Anything added since that backup is lost. The records will then open with the passphrase that was in use when the backup was made.</source>
        <translation>Restoring replaces all user data on this computer (case records and quiz history) with the backup&apos;s. Anything added since that backup is lost. The records will then open with the passphrase that was in use when the backup was made.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="288"/>
        <source>tiphandbook backups (*.sqlite3);;All files (*)</source>
        <translation>tiphandbook backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="297"/>
        <source>User data restored from the backup.</source>
        <translation>User data restored from the backup.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="302"/>
        <source>Check My &amp;Data…</source>
        <translation>Check My &amp;Data…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="321"/>
        <source>No problem found: the database is sound and every case record is as tiphandbook wrote it.</source>
        <translation>No problem found: the database is sound and every case record is as tiphandbook wrote it.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="324"/>
        <source>Problems were found. The details below name each damaged or altered record; the other records are not affected.</source>
        <translation>Problems were found. The details below name each damaged or altered record; the other records are not affected.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/cases.py" line="327"/>
        <source>Check my data</source>
        <translation>Check my data</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="152"/>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="153"/>
        <source>A forgotten passphrase means unreadable records.</source>
        <translation>A forgotten passphrase means unreadable records.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="154"/>
        <source>Current passphrase:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="155"/>
        <source>New passphrase:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="156"/>
        <source>Repeat new passphrase:</source>
        <translation>Repeat new passphrase:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="157"/>
        <source>Someone else may know or have seen the old passphrase</source>
        <translation>Someone else may know or have seen the old passphrase</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="159"/>
        <source>Change the passphrase only (quick)</source>
        <translation>Change the passphrase only (quick)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="160"/>
        <source>Change the passphrase and re-encrypt everything with a new key</source>
        <translation>Change the passphrase and re-encrypt everything with a new key</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="162"/>
        <source>Someone who learns the old passphrase later cannot open the records on this computer. But with an old copy of the data (a backup) and the old passphrase, everything can still be read, even what is written after the change.</source>
        <translation>Someone who learns the old passphrase later cannot open the records on this computer. But with an old copy of the data (a backup) and the old passphrase, everything can still be read, even what is written after the change.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="165"/>
        <source>An old copy of the data and the old passphrase then open only what that copy already held, nothing written from now on. Delete old backups too: they stay readable with the old passphrase.</source>
        <translation>An old copy of the data and the old passphrase then open only what that copy already held, nothing written from now on. Delete old backups too: they stay readable with the old passphrase.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="185"/>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>The current passphrase is not correct. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ClassroomView</name>
    <message>
        <location filename="../../tiphandbook/ui/training/classroom.py" line="54"/>
        <source>Slide number</source>
        <translation>Slide number</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/classroom.py" line="81"/>
        <source>← →: previous / next · Esc: close</source>
        <translation>← →: previous / next · Esc: close</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/classroom.py" line="83"/>
        <source>Space: show the answer · %1</source>
        <translation>Space: show the answer · %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/screens.py" line="19"/>
        <source>Present on which screen?</source>
        <translation>Present on which screen?</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/screens.py" line="20"/>
        <source>Screen:</source>
        <translation>Screen:</translation>
    </message>
</context>
<context>
    <name>ContentUpdates</name>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="40"/>
        <source>The content folder %1 cannot be found; the bundled content is shown.</source>
        <translation>The content folder %1 cannot be found; the bundled content is shown.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="54"/>
        <source>Open Content &amp;Folder…</source>
        <translation>Open Content &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="55"/>
        <source>&amp;Install Content Pack…</source>
        <translation>&amp;Install Content Pack…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="56"/>
        <source>Use &amp;Bundled Content</source>
        <translation>Use &amp;Bundled Content</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="68"/>
        <source>Open content folder</source>
        <translation>Open content folder</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="73"/>
        <source>%1 is not a content folder: it has no handbook folder.</source>
        <translation>%1 is not a content folder: it has no handbook folder.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="82"/>
        <source>Install content pack</source>
        <translation>Install content pack</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="83"/>
        <source>Content packs (*.zip);;All files (*)</source>
        <translation>Content packs (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="92"/>
        <source>The bundled content is already shown.</source>
        <translation>The bundled content is already shown.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="101"/>
        <source>Loading the content…</source>
        <translation>Loading the content…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="125"/>
        <source>No chapter or module could be read from %1.</source>
        <translation>No chapter or module could be read from %1.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="129"/>
        <source>Content loaded from %1.</source>
        <translation>Content loaded from %1.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="134"/>
        <source>Content not changed</source>
        <translation>Content not changed</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/updates/content_updates.py" line="135"/>
        <source>This content cannot be used, so the content you were reading stays as it was.

%1</source>
        <translation>This content cannot be used, so the content you were reading stays as it was.

%1</translation>
    </message>
</context>
<context>
    <name>ExternalLinks</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/external_links.py" line="16"/>
        <source>Open external link?</source>
        <translation>Open external link?</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/external_links.py" line="17"/>
        <source>This link leaves the handbook and opens in your web browser; it needs an internet connection.

%1</source>
        <translation>This link leaves the handbook and opens in your web browser; it needs an internet connection.

%1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="22"/>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="23"/>
        <source>Find in page</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="27"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="29"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="32"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="33"/>
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="96"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/find_bar.py" line="98"/>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="24"/>
        <source>Content problems</source>
        <translation>Content problems</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="26"/>
        <source>These content files have errors. The items concerned were skipped; the rest of the content is available.</source>
        <translation>These content files have errors. The items concerned were skipped; the rest of the content is available.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="60"/>
        <source>tiphandbook %1

An offline handbook and training tool for trafficking in persons cases.
Training edition: the official legal texts prevail. Nothing you do in this app leaves this computer.</source>
        <translation>tiphandbook %1

An offline handbook and training tool for trafficking in persons cases.
Training edition: the official legal texts prevail. Nothing you do in this app leaves this computer.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/help_dialogs.py" line="51"/>
        <source>About tiphandbook</source>
        <translation>About tiphandbook</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="93"/>
        <source>Continue where you left off</source>
        <translation>Continue where you left off</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="96"/>
        <source>Nothing read yet.</source>
        <translation>Nothing read yet.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="100"/>
        <source>Start with:</source>
        <translation>Start with:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="109"/>
        <source>Recently read</source>
        <translation>Recently read</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="120"/>
        <source>Due for review</source>
        <translation>Due for review</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="122"/>
        <source>Nothing is due. Questions you miss in a quiz come back here for review.</source>
        <translation>Nothing is due. Questions you miss in a quiz come back here for review.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="132"/>
        <source>Case records</source>
        <translation>Case records</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="135"/>
        <source>Their contents stay locked until you enter your passphrase.</source>
        <translation>Their contents stay locked until you enter your passphrase.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="137"/>
        <source>No case record in progress. Start one from a checklist below.</source>
        <translation>No case record in progress. Start one from a checklist below.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="142"/>
        <source>The handbook</source>
        <translation>The handbook</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="156"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="158"/>
        <source>Checklists appear here once the handbook has opened.</source>
        <translation>Checklists appear here once the handbook has opened.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="170"/>
        <source>Curricula</source>
        <translation>Curricula</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="56"/>
        <source>An offline handbook and training tool for investigators, prosecutors, judges and trainers working on trafficking in persons cases. Everything here works without an internet connection.</source>
        <translation>An offline handbook and training tool for investigators, prosecutors, judges and trainers working on trafficking in persons cases. Everything here works without an internet connection.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="60"/>
        <source>Training edition: not an official publication. Where this handbook and the official legal texts differ, the official texts prevail.</source>
        <translation>Training edition: not an official publication. Where this handbook and the official legal texts differ, the official texts prevail.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="65"/>
        <source>Opening the handbook…</source>
        <translation>Opening the handbook…</translation>
    </message>
</context>
<context>
    <name>HomeTexts</name>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="43"/>
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n chapter</numerusform>
            <numerusform>%n chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="46"/>
        <source>%n question(s) due</source>
        <translation>
            <numerusform>%n question due</numerusform>
            <numerusform>%n questions due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/reader/home_page.py" line="49"/>
        <source>%n case record(s) in progress</source>
        <translation>
            <numerusform>%n case record in progress</numerusform>
            <numerusform>%n case records in progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryLoader</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/app.py" line="51"/>
        <source>The handbook could not be opened</source>
        <translation>The handbook could not be opened</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/app.py" line="52"/>
        <source>The content in %1 could not be read: %2</source>
        <translation>The content in %1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="84"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="140"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="141"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="142"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="143"/>
        <source>Find in Page…</source>
        <translation>Find in Page…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="144"/>
        <source>Find Next</source>
        <translation>Find Next</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="145"/>
        <source>Find Previous</source>
        <translation>Find Previous</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="146"/>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="147"/>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="148"/>
        <source>Actual Size</source>
        <translation>Actual Size</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="149"/>
        <source>Go to Contents</source>
        <translation>Go to Contents</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="150"/>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="151"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="152"/>
        <source>About tiphandbook</source>
        <translation>About tiphandbook</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="153"/>
        <source>Translation Status…</source>
        <translation>Translation Status…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="154"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="161"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="178"/>
        <source>Content language:</source>
        <translation>Content language:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="182"/>
        <source>Content language</source>
        <translation>Content language</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="190"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="193"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="202"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="208"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="278"/>
        <source>%n content problem(s)</source>
        <translation>
            <numerusform>%n content problem</numerusform>
            <numerusform>%n content problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="111"/>
        <source>Some content files have errors and were skipped. Click for details.</source>
        <translation>Some content files have errors and were skipped. Click for details.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="286"/>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="306"/>
        <source>This page is not in the loaded content.</source>
        <translation>This page is not in the loaded content.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/shell/main_window.py" line="370"/>
        <source>This link cannot be opened.</source>
        <translation>This link cannot be opened.</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="22"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="34"/>
        <source>Handbook</source>
        <translation>Handbook</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="40"/>
        <source>Curricula</source>
        <translation>Curricula</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/nav_tree.py" line="45"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="194"/>
        <source>New case record</source>
        <translation>New case record</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="199"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="204"/>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="206"/>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="207"/>
        <source>e.g. the case or file number</source>
        <translation>e.g. the case or file number</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="208"/>
        <source>Case reference:</source>
        <translation>Case reference:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="210"/>
        <source>Case title</source>
        <translation>Case title</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="211"/>
        <source>Case title:</source>
        <translation>Case title:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="214"/>
        <source>Identify victims and witnesses only by initials or a code: never by full name, address or anything else that identifies them, here or in the notes.</source>
        <translation>Identify victims and witnesses only by initials or a code: never by full name, address or anything else that identifies them, here or in the notes.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="220"/>
        <source>Start record</source>
        <translation>Start record</translation>
    </message>
</context>
<context>
    <name>NotSaved</name>
    <message>
        <location filename="../../tiphandbook/ui/common/not_saved.py" line="14"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="48"/>
        <source>Note on this section</source>
        <translation>Note on this section</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="50"/>
        <source>Write a note on this section. It is saved as you type and stays on this computer, unencrypted: keep case details in the case records.</source>
        <translation>Write a note on this section. It is saved as you type and stays on this computer, unencrypted: keep case details in the case records.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="56"/>
        <source>Delete Note</source>
        <translation>Delete Note</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="62"/>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="70"/>
        <source>All notes</source>
        <translation>All notes</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="65"/>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="66"/>
        <source>Search notes</source>
        <translation>Search notes</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="100"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="104"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="107"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="118"/>
        <source>Open a chapter, a module or a checklist to write a note on it.</source>
        <translation>Open a chapter, a module or a checklist to write a note on it.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="120"/>
        <source>Note on: %1</source>
        <translation>Note on: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="131"/>
        <source>No notes match.</source>
        <translation>No notes match.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="131"/>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="132"/>
        <source>Try other words.</source>
        <translation>Try other words.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/notes_panel.py" line="133"/>
        <source>Your notes on the sections you read are listed here (Ctrl+Shift+M writes one).</source>
        <translation>Your notes on the sections you read are listed here (Ctrl+Shift+M writes one).</translation>
    </message>
</context>
<context>
    <name>OfficerWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="81"/>
        <source>Screening interview — %1</source>
        <translation>Screening interview — %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="94"/>
        <source>%1 · the person reads: %2</source>
        <translation>%1 · the person reads: %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="118"/>
        <source>What the person said, in your words</source>
        <translation>What the person said, in your words</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="125"/>
        <source>Show to the Person…</source>
        <translation>Show to the Person…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="126"/>
        <source>End Interview</source>
        <translation>End Interview</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="149"/>
        <source>Details for the referral note</source>
        <translation>Details for the referral note</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="169"/>
        <source>Second language of the note:</source>
        <translation>Second language of the note:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="171"/>
        <source>Second language of the note</source>
        <translation>Second language of the note</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="175"/>
        <source>Referral Note (PDF)…</source>
        <translation>Referral Note (PDF)…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="187"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="197"/>
        <source>Answers so far</source>
        <translation>Answers so far</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="198"/>
        <source>Indicators raised</source>
        <translation>Indicators raised</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="199"/>
        <source>Observations and notes</source>
        <translation>Observations and notes</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="202"/>
        <source>Double-click or Enter on an answer to correct it</source>
        <translation>Double-click or Enter on an answer to correct it</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="204"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="204"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="204"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="218"/>
        <source>Note as Observed</source>
        <translation>Note as Observed</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="224"/>
        <source>A note (Enter adds it with the time)</source>
        <translation>A note (Enter adds it with the time)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="242"/>
        <source>seen by you</source>
        <translation>seen by you</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="277"/>
        <source>The person reads: %1</source>
        <translation>The person reads: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="293"/>
        <source>Why ask:</source>
        <translation>Why ask:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="293"/>
        <source>What an answer may indicate:</source>
        <translation>What an answer may indicate:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="293"/>
        <source>In the handbook:</source>
        <translation>In the handbook:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="377"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="379"/>
        <source>Saved (encrypted) at %1.</source>
        <translation>Saved (encrypted) at %1.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/officer_window.py" line="392"/>
        <source>Referral note saved to %1 (not encrypted).</source>
        <translation>Referral note saved to %1 (not encrypted).</translation>
    </message>
</context>
<context>
    <name>OrderingInput</name>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="204"/>
        <source>Items to put in order</source>
        <translation>Items to put in order</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="206"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="207"/>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <location filename="../../tiphandbook/ui/common/page_printer.py" line="48"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ParallelLanguages</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="170"/>
        <source>&amp;Parallel Languages…</source>
        <translation>&amp;Parallel Languages…</translation>
    </message>
</context>
<context>
    <name>ParallelReader</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="72"/>
        <source>Parallel languages</source>
        <translation>Parallel languages</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="80"/>
        <source>&amp;Page:</source>
        <translation>&amp;Page:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="81"/>
        <source>beside</source>
        <translation>beside</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="83"/>
        <source>Language on the left</source>
        <translation>Language on the left</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="84"/>
        <source>Language on the right</source>
        <translation>Language on the right</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/parallel_reader.py" line="86"/>
        <source>Print or Save as PDF…</source>
        <translation>Print or Save as PDF…</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="64"/>
        <source>Print or save as PDF</source>
        <translation>Print or save as PDF</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="67"/>
        <source>What to print:</source>
        <translation>What to print:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="78"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="80"/>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="100"/>
        <source>&amp;Print or Save as PDF…</source>
        <translation>&amp;Print or Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="119"/>
        <source>The checklist template: %1</source>
        <translation>The checklist template: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="124"/>
        <source>This module: %1</source>
        <translation>This module: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="124"/>
        <source>This chapter: %1</source>
        <translation>This chapter: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="130"/>
        <source>The whole part: %1</source>
        <translation>The whole part: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="134"/>
        <source>The whole curriculum: %1</source>
        <translation>The whole curriculum: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="142"/>
        <source>Open a chapter, a module or a checklist to print it.</source>
        <translation>Open a chapter, a module or a checklist to print it.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="166"/>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="173"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="166"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="175"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/printing/printing.py" line="199"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="42"/>
        <source>Training progress</source>
        <translation>Training progress</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Best score</source>
        <translation>Best score</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="45"/>
        <source>Last attempt</source>
        <translation>Last attempt</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="46"/>
        <source>Due for review</source>
        <translation>Due for review</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="47"/>
        <source>Progress by module</source>
        <translation>Progress by module</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="52"/>
        <source>No quiz taken yet</source>
        <translation>No quiz taken yet</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="53"/>
        <source>Take a module&apos;s quiz (Training › Take the Module&apos;s Quiz, Ctrl+Shift+Q): your best score, attempts and the questions due for review appear here.</source>
        <translation>Take a module&apos;s quiz (Training › Take the Module&apos;s Quiz, Ctrl+Shift+Q): your best score, attempts and the questions due for review appear here.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="56"/>
        <source>&amp;Export results to CSV…</source>
        <translation>&amp;Export results to CSV…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="62"/>
        <source>Double-click a module to open its quiz. Everything here stays on this computer.</source>
        <translation>Double-click a module to open its quiz. Everything here stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="74"/>
        <source>Other quizzes</source>
        <translation>Other quizzes</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="96"/>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="105"/>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="107"/>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="96"/>
        <source>Student&apos;s name (written in each row):</source>
        <translation>Student&apos;s name (written in each row):</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="99"/>
        <source>Export results to CSV</source>
        <translation>Export results to CSV</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="99"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="105"/>
        <source>Could not write the file: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/progress_view.py" line="107"/>
        <source>%n attempt(s) written.</source>
        <translation>
            <numerusform>%n attempt written.</numerusform>
            <numerusform>%n attempts written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="45"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="59"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="63"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="71"/>
        <source>← &amp;Previous</source>
        <translation>← &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="72"/>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="73"/>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="74"/>
        <source>&amp;Next →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="106"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="106"/>
        <source>&amp;Finish exam</source>
        <translation>&amp;Finish exam</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="134"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="158"/>
        <source>Choose or type an answer first.</source>
        <translation>Choose or type an answer first.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="177"/>
        <source>Finish the exam?</source>
        <translation>Finish the exam?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/question_page.py" line="178"/>
        <source>%n question(s) not answered yet. Finish the exam anyway?</source>
        <translation>
            <numerusform>%n question not answered yet. Finish the exam anyway?</numerusform>
            <numerusform>%n questions not answered yet. Finish the exam anyway?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="180"/>
        <source>Finish practice?</source>
        <translation>Finish practice?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/question_page.py" line="181"/>
        <source>You have answered %1 of %n question(s). Finish now? The score counts the answered ones only; the others are not counted as missed.</source>
        <translation>
            <numerusform>You have answered %1 of %n question. Finish now? The score counts the answered ones only; the others are not counted as missed.</numerusform>
            <numerusform>You have answered %1 of %n questions. Finish now? The score counts the answered ones only; the others are not counted as missed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/question_page.py" line="195"/>
        <source>Time left: %1</source>
        <translation>Time left: %1</translation>
    </message>
</context>
<context>
    <name>QuizWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="70"/>
        <source>Quiz: %1</source>
        <translation>Quiz: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="98"/>
        <source>%n question(s) · pass mark %1%</source>
        <translation>
            <numerusform>%n question · pass mark %1%</numerusform>
            <numerusform>%n questions · pass mark %1%</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="106"/>
        <source>&amp;Practice</source>
        <translation>&amp;Practice</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="108"/>
        <source>Feedback and the explanation after each answer; try again when you miss</source>
        <translation>Feedback and the explanation after each answer; try again when you miss</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="109"/>
        <source>&amp;Exam</source>
        <translation>&amp;Exam</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="110"/>
        <source>No feedback until the end; a result with pass or fail</source>
        <translation>No feedback until the end; a result with pass or fail</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="111"/>
        <source>The questions you missed, back on a spaced schedule</source>
        <translation>The questions you missed, back on a spaced schedule</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="114"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="115"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="116"/>
        <source>Exam time limit in minutes</source>
        <translation>Exam time limit in minutes</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="118"/>
        <source>Exam &amp;time limit:</source>
        <translation>Exam &amp;time limit:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="130"/>
        <source>Present in &amp;classroom</source>
        <translation>Present in &amp;classroom</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="131"/>
        <source>Print &amp;handout…</source>
        <translation>Print &amp;handout…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="132"/>
        <source>Print answer &amp;key…</source>
        <translation>Print answer &amp;key…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="156"/>
        <source>For trainers:</source>
        <translation>For trainers:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="167"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="170"/>
        <source>&amp;Review missed questions</source>
        <translation>&amp;Review missed questions</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="172"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Back to the start</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="192"/>
        <source>Your best score: %1 in %n attempt(s).</source>
        <translation>
            <numerusform>Your best score: %1 in %n attempt.</numerusform>
            <numerusform>Your best score: %1 in %n attempts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="194"/>
        <source>You have not taken this quiz yet.</source>
        <translation>You have not taken this quiz yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="196"/>
        <source>%n question(s) due for review now.</source>
        <translation>
            <numerusform>%n question due for review now.</numerusform>
            <numerusform>%n questions due for review now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="198"/>
        <source>&amp;Review (%n due)</source>
        <translation>
            <numerusform>&amp;Review (%n due)</numerusform>
            <numerusform>&amp;Review (%n due)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="215"/>
        <source>This sitting will not be recorded in your history.</source>
        <translation>This sitting will not be recorded in your history.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="228"/>
        <source>Your answers from now on will not be recorded.</source>
        <translation>Your answers from now on will not be recorded.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="239"/>
        <source>Your result was not saved in your history.</source>
        <translation>Your result was not saved in your history.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="250"/>
        <source>Exam not finished</source>
        <translation>Exam not finished</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/quiz_window.py" line="251"/>
        <source>This exam is not finished. Finish it now and record the result of the answers given so far? Unanswered questions count as missed.</source>
        <translation>This exam is not finished. Finish it now and record the result of the answers given so far? Unanswered questions count as missed.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/reader_view.py" line="35"/>
        <source>Reading pane</source>
        <translation>Reading pane</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="52"/>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="63"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="80"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="81"/>
        <source>&amp;Bookmark This Section</source>
        <translation>&amp;Bookmark This Section</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="83"/>
        <source>&amp;Show Bookmarks</source>
        <translation>&amp;Show Bookmarks</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="86"/>
        <source>&amp;Note on This Section…</source>
        <translation>&amp;Note on This Section…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="89"/>
        <source>Notes &amp;Panel</source>
        <translation>Notes &amp;Panel</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="136"/>
        <source>You have a note on this section. Click to open it.</source>
        <translation>You have a note on this section. Click to open it.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="150"/>
        <source>Open a chapter, a module or a checklist to bookmark it.</source>
        <translation>Open a chapter, a module or a checklist to bookmark it.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="155"/>
        <source>The bookmark was not added.</source>
        <translation>The bookmark was not added.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="158"/>
        <source>Bookmarked: %1</source>
        <translation>Bookmarked: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="158"/>
        <source>Already bookmarked: %1</source>
        <translation>Already bookmarked: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="180"/>
        <source>The bookmark was not renamed.</source>
        <translation>The bookmark was not renamed.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="187"/>
        <source>The bookmark was not deleted.</source>
        <translation>The bookmark was not deleted.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="190"/>
        <source>Bookmark deleted.</source>
        <translation>Bookmark deleted.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="200"/>
        <source>Open a chapter, a module or a checklist to write a note on it.</source>
        <translation>Open a chapter, a module or a checklist to write a note on it.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/reader/reading.py" line="247"/>
        <source>The note was not saved; its text stays in the Notes panel.</source>
        <translation>The note was not saved; its text stays in the Notes panel.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="242"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="242"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="243"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="73"/>
        <source>Case record — %1</source>
        <translation>Case record — %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="106"/>
        <source>Try Again</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="107"/>
        <source>Close Without Saving</source>
        <translation>Close Without Saving</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="128"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="135"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="135"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="135"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="136"/>
        <source>Checklist items</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="178"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="180"/>
        <source>Note: refer to victims and witnesses by initials or a code only.</source>
        <translation>Note: refer to victims and witnesses by initials or a code only.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="184"/>
        <source>The stored note could not be decrypted: it was damaged or altered, so it is not shown. A new note replaces it.</source>
        <translation>The stored note could not be decrypted: it was damaged or altered, so it is not shown. A new note replaces it.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="198"/>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="205"/>
        <source>Signed off by</source>
        <translation>Signed off by</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="208"/>
        <source>Sign-off date</source>
        <translation>Sign-off date</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="210"/>
        <source>Signed off by:</source>
        <translation>Signed off by:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="211"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="216"/>
        <source>Sign Off</source>
        <translation>Sign Off</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="217"/>
        <source>Export Markdown…</source>
        <translation>Export Markdown…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="218"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="252"/>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="321"/>
        <source>[unreadable]</source>
        <translation>[unreadable]</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="256"/>
        <source>%1 · template version %2 · started %3</source>
        <translation>%1 · template version %2 · started %3</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="260"/>
        <source>A newer version of this checklist (version %1) is available. This record keeps the version it was started from, so nothing in it has changed.</source>
        <translation>A newer version of this checklist (version %1) is available. This record keeps the version it was started from, so nothing in it has changed.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="282"/>
        <source>This record was changed outside tiphandbook on or after %1.</source>
        <translation>This record was changed outside tiphandbook on or after %1.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="283"/>
        <source>This record was changed outside tiphandbook.</source>
        <translation>This record was changed outside tiphandbook.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="284"/>
        <source>It is shown as stored and can no longer be changed; the other records are not affected. “tiphandbook data check” lists every altered record.</source>
        <translation>It is shown as stored and can no longer be changed; the other records are not affected. “tiphandbook data check” lists every altered record.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="287"/>
        <source>Some parts of this record could not be decrypted because they were damaged or altered, and are not shown: %1.</source>
        <translation>Some parts of this record could not be decrypted because they were damaged or altered, and are not shown: %1.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="269"/>
        <source>%1 of %2 items addressed</source>
        <translation>%1 of %2 items addressed</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="299"/>
        <source> (required)</source>
        <translation> (required)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="312"/>
        <source>shown in red in the list</source>
        <translation>shown in red in the list</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="313"/>
        <source>Still open and required before sign-off (%1): %2</source>
        <translation>Still open and required before sign-off (%1): %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="319"/>
        <source>Mark every required item done or not applicable first.</source>
        <translation>Mark every required item done or not applicable first.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="324"/>
        <source>Signed off by %1 on %2. A signed record can no longer be changed.</source>
        <translation>Signed off by %1 on %2. A signed record can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="335"/>
        <source>Choose an item on the left.</source>
        <translation>Choose an item on the left.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="338"/>
        <source>Read in the handbook: %1</source>
        <translation>Read in the handbook: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="350"/>
        <source>Last changed: %1</source>
        <translation>Last changed: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="417"/>
        <source>Your last change is not saved yet: %1 It is still shown here; try again in a moment.</source>
        <translation>Your last change is not saved yet: %1 It is still shown here; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_record_view.py" line="433"/>
        <source>Exported to %1 (not encrypted).</source>
        <translation>Exported to %1 (not encrypted).</translation>
    </message>
</context>
<context>
    <name>RecordsWindow</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="45"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="63"/>
        <source>Case records</source>
        <translation>Case records</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="49"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="97"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="97"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="139"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="98"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="139"/>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="52"/>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="54"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="55"/>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="65"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="66"/>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="75"/>
        <source>New Case Record…</source>
        <translation>New Case Record…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="76"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="77"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="116"/>
        <source>All checklists</source>
        <translation>All checklists</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="129"/>
        <source>No case records match these filters.</source>
        <translation>No case records match these filters.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="129"/>
        <source>No case records yet.</source>
        <translation>No case records yet.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="130"/>
        <source>Choose “All” above to see every record.</source>
        <translation>Choose “All” above to see every record.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="131"/>
        <source>Start one from a checklist with New Case Record. Records are encrypted with your passphrase and stay on this computer.</source>
        <translation>Start one from a checklist with New Case Record. Records are encrypted with your passphrase and stay on this computer.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="138"/>
        <source>[unreadable]</source>
        <translation>[unreadable]</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="151"/>
        <source>This record was changed outside tiphandbook; open it for details.</source>
        <translation>This record was changed outside tiphandbook; open it for details.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="153"/>
        <source>Parts of this record could not be decrypted: they were damaged or altered.</source>
        <translation>Parts of this record could not be decrypted: they were damaged or altered.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="176"/>
        <source>Delete case record</source>
        <translation>Delete case record</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="177"/>
        <source>Delete the case record “%1” and all its notes? This cannot be undone.</source>
        <translation>Delete the case record “%1” and all its notes? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_list.py" line="186"/>
        <source>The case record was not deleted.</source>
        <translation>The case record was not deleted.</translation>
    </message>
</context>
<context>
    <name>ReferralNote</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="62"/>
        <source>The referral note is not encrypted</source>
        <translation>The referral note is not encrypted</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="63"/>
        <source>The PDF is not encrypted: anyone who can open it can read what the person said. Save it only where the case file is kept, hand the printout only to the service it is for, and delete copies you no longer need.</source>
        <translation>The PDF is not encrypted: anyone who can open it can read what the person said. Save it only where the case file is kept, hand the printout only to the service it is for, and delete copies you no longer need.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="71"/>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="79"/>
        <source>Save the referral note</source>
        <translation>Save the referral note</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/referral_pdf.py" line="72"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="69"/>
        <source>New &amp;Screening Interview…</source>
        <translation>New &amp;Screening Interview…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="71"/>
        <source>&amp;Hide Interview Screens</source>
        <translation>&amp;Hide Interview Screens</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="72"/>
        <source>&amp;Return to the Interview</source>
        <translation>&amp;Return to the Interview</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="95"/>
        <source>No screening guides are loaded yet.</source>
        <translation>No screening guides are loaded yet.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="124"/>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="127"/>
        <source>The interview was not started.</source>
        <translation>The interview was not started.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="155"/>
        <source>its guide or the person&apos;s language is not in the loaded content</source>
        <translation>its guide or the person&apos;s language is not in the loaded content</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="158"/>
        <source>This interview cannot be opened: %1</source>
        <translation>This interview cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/screening.py" line="169"/>
        <source>Screening interview</source>
        <translation>Screening interview</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../tiphandbook/ui/search/search.py" line="34"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="90"/>
        <source>Search (Ctrl+K)</source>
        <translation>Search (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="91"/>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="329"/>
        <source>Search the handbook</source>
        <translation>Search the handbook</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="93"/>
        <source>Kind of result</source>
        <translation>Kind of result</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="95"/>
        <source>Part or academy</source>
        <translation>Part or academy</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="97"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="99"/>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="110"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="125"/>
        <source>Opening the handbook…</source>
        <translation>Opening the handbook…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="145"/>
        <source>Search is unavailable: %1</source>
        <translation>Search is unavailable: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="146"/>
        <source>Indexing…</source>
        <translation>Indexing…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="153"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="153"/>
        <source>Handbook</source>
        <translation>Handbook</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="153"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="154"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="154"/>
        <source>Quizzes</source>
        <translation>Quizzes</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="170"/>
        <source>All parts and academies</source>
        <translation>All parts and academies</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="181"/>
        <source>All audiences</source>
        <translation>All audiences</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="207"/>
        <source>Indexing… results will appear when the index is ready.</source>
        <translation>Indexing… results will appear when the index is ready.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="263"/>
        <source>Too long: not searched: %1</source>
        <translation>Too long: not searched: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="266"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="268"/>
        <source>close spellings</source>
        <translation>close spellings</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="270"/>
        <source>show more</source>
        <translation>show more</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="271"/>
        <source>The first %1 — scroll down or %2</source>
        <translation>The first %1 — scroll down or %2</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="330"/>
        <source>Type a word or a phrase: chapters, modules, checklists and quizzes are searched as you type. Recent searches are listed here.</source>
        <translation>Type a word or a phrase: chapters, modules, checklists and quizzes are searched as you type. Recent searches are listed here.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="334"/>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="335"/>
        <source>Try fewer or other words, another filter, or All languages.</source>
        <translation>Try fewer or other words, another filter, or All languages.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="255"/>
        <source>No results. Did you mean %1?</source>
        <translation>No results. Did you mean %1?</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="256"/>
        <source>No results.</source>
        <translation>No results.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="281"/>
        <source>%n result(s) in English</source>
        <translation>
            <numerusform>%n result in English</numerusform>
            <numerusform>%n results in English</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="282"/>
        <source>%n result(s) in Russian</source>
        <translation>
            <numerusform>%n result in Russian</numerusform>
            <numerusform>%n results in Russian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="283"/>
        <source>%n result(s) in Uzbek</source>
        <translation>
            <numerusform>%n result in Uzbek</numerusform>
            <numerusform>%n results in Uzbek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="285"/>
        <source>show them</source>
        <translation>show them</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="286"/>
        <source>No results in this language.</source>
        <translation>No results in this language.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="301"/>
        <source>Indexing… %1%</source>
        <translation>Indexing… %1%</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/search/search_panel.py" line="322"/>
        <source>Recent searches</source>
        <translation>Recent searches</translation>
    </message>
</context>
<context>
    <name>SetUpPassphraseDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="104"/>
        <source>Protect case records</source>
        <translation>Protect case records</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="106"/>
        <source>Case records are encrypted on this computer with a passphrase that you choose now. You will be asked for it to open them, and again after the records lock when the app is left idle.</source>
        <translation>Case records are encrypted on this computer with a passphrase that you choose now. You will be asked for it to open them, and again after the records lock when the app is left idle.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="109"/>
        <source>If you forget this passphrase, your case records cannot be read: not by you, not by an administrator, not by the developers. There is no reset and no recovery.</source>
        <translation>If you forget this passphrase, your case records cannot be read: not by you, not by an administrator, not by the developers. There is no reset and no recovery.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="111"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="112"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="113"/>
        <source>Repeat passphrase:</source>
        <translation>Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="114"/>
        <source>I understand that a forgotten passphrase means unreadable records.</source>
        <translation>I understand that a forgotten passphrase means unreadable records.</translation>
    </message>
</context>
<context>
    <name>ShortAnswerInput</name>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="265"/>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/answer_inputs.py" line="266"/>
        <source>Type your answer</source>
        <translation>Type your answer</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="58"/>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="62"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="61"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="61"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="77"/>
        <source>Everywhere else: Tab and Shift+Tab move between controls; in the contents, lists and search results the arrow keys move and Enter opens; in the bookmarks F2 renames and Delete deletes; Alt and a menu&apos;s underlined letter open that menu; Esc closes a dialog or the find bar, and leaves a note for the text.</source>
        <translation>Everywhere else: Tab and Shift+Tab move between controls; in the contents, lists and search results the arrow keys move and Enter opens; in the bookmarks F2 renames and Delete deletes; Alt and a menu&apos;s underlined letter open that menu; Esc closes a dialog or the find bar, and leaves a note for the text.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/shortcuts_dialog.py" line="81"/>
        <source>In a quiz window: Esc or Ctrl+W closes it (an exam under way asks first); F5 presents that quiz in the classroom.</source>
        <translation>In a quiz window: Esc or Ctrl+W closes it (an exam under way asks first); F5 presents that quiz in the classroom.</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="22"/>
        <source>New screening interview</source>
        <translation>New screening interview</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="30"/>
        <source>A case reference; no name is needed</source>
        <translation>A case reference; no name is needed</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="31"/>
        <source>The person&apos;s name is not asked for: the reference links the interview to the case file. The interview is saved encrypted with the case records.</source>
        <translation>The person&apos;s name is not asked for: the reference links the interview to the case file. The interview is saved encrypted with the case records.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="34"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Guide:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="35"/>
        <source>The person &amp;reads:</source>
        <translation>The person &amp;reads:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="36"/>
        <source>Case &amp;reference:</source>
        <translation>Case &amp;reference:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/screening/start_dialog.py" line="40"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="38"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="39"/>
        <source>Take the Module&apos;s &amp;Quiz…</source>
        <translation>Take the Module&apos;s &amp;Quiz…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="41"/>
        <source>&amp;Present Quiz in Classroom…</source>
        <translation>&amp;Present Quiz in Classroom…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="43"/>
        <source>Present &amp;Lesson Plan</source>
        <translation>Present &amp;Lesson Plan</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="45"/>
        <source>P&amp;rogress…</source>
        <translation>P&amp;rogress…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="47"/>
        <source>Print Quiz &amp;Handout…</source>
        <translation>Print Quiz &amp;Handout…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="49"/>
        <source>Print Quiz Answer &amp;Key…</source>
        <translation>Print Quiz Answer &amp;Key…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="51"/>
        <source>&amp;Export Quiz for Moodle…</source>
        <translation>&amp;Export Quiz for Moodle…</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="101"/>
        <source>No quizzes are loaded yet.</source>
        <translation>No quizzes are loaded yet.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="104"/>
        <source>Choose a quiz</source>
        <translation>Choose a quiz</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="104"/>
        <source>Quiz:</source>
        <translation>Quiz:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="124"/>
        <source>This quiz is not in the loaded content.</source>
        <translation>This quiz is not in the loaded content.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="173"/>
        <source>Open a module of a curriculum first.</source>
        <translation>Open a module of a curriculum first.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="206"/>
        <source>Print quiz handout to PDF</source>
        <translation>Print quiz handout to PDF</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="206"/>
        <source>Print answer key to PDF</source>
        <translation>Print answer key to PDF</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="207"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="223"/>
        <location filename="../../tiphandbook/ui/training/training.py" line="252"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="230"/>
        <source>GIFT for Moodle (*.gift *.txt)</source>
        <translation>GIFT for Moodle (*.gift *.txt)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="230"/>
        <source>Moodle XML (*.xml)</source>
        <translation>Moodle XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="231"/>
        <source>Export quiz for Moodle</source>
        <translation>Export quiz for Moodle</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/training/training.py" line="238"/>
        <source>Export quiz</source>
        <translation>Export quiz</translation>
    </message>
</context>
<context>
    <name>TranslationStatusDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="21"/>
        <source>Translation Status</source>
        <translation>Translation Status</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="22"/>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="22"/>
        <source>out of date</source>
        <translation>out of date</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="23"/>
        <source>source not recorded</source>
        <translation>source not recorded</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="23"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="24"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="24"/>
        <source>Uzbek</source>
        <translation>Uzbek</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="27"/>
        <source>Translation status</source>
        <translation>Translation status</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="28"/>
        <source>English file</source>
        <translation>English file</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/common/translation_status.py" line="39"/>
        <source>%1 of %2 texts are current in every language.</source>
        <translation>%1 of %2 texts are current in every language.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="130"/>
        <source>Unlock case records</source>
        <translation>Unlock case records</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="131"/>
        <source>Enter your passphrase to open the case records.</source>
        <translation>Enter your passphrase to open the case records.</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="132"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="142"/>
        <source>That passphrase is not correct. Nothing was changed; try again.</source>
        <translation>That passphrase is not correct. Nothing was changed; try again.</translation>
    </message>
</context>
<context>
    <name>_PassphraseDialog</name>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="93"/>
        <source>This passphrase is too weak: %1</source>
        <translation>This passphrase is too weak: %1</translation>
    </message>
    <message>
        <location filename="../../tiphandbook/ui/cases/case_dialogs.py" line="95"/>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
</TS>
