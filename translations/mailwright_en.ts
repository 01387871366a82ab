<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="63"/>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="69"/>
        <location filename="../app/cli/cliargs.cpp" line="73"/>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="84"/>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="89"/>
        <source>option --%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="95"/>
        <source>option --%1 given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="110"/>
        <source>print the result as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="112"/>
        <source>give up after S seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="114"/>
        <source>use DIR for settings and data instead of the default location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="117"/>
        <source>use the language CODE (e.g. de, fr) instead of the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="120"/>
        <source>say more on stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="122"/>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_version.cpp" line="41"/>
        <source>print the version and the libraries in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="18"/>
        <source>Usage: mailwright-cli COMMAND [OPTIONS]

Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="22"/>
        <source>
Global options (accepted anywhere after the command):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26"/>
        <source>
&apos;mailwright-cli COMMAND --help&apos; describes one command. See docs/cli.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32"/>
        <source>Usage: mailwright-cli %1 %2

%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="66"/>
        <source>mailwright-cli: no translation for &apos;%1&apos;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="91"/>
        <source>Try &apos;mailwright-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="105"/>
        <source>--timeout needs a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="114"/>
        <source>mailwright-cli: unknown command &apos;%1&apos;. Try &apos;mailwright-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::AboutDialog</name>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="32"/>
        <source>About Mailwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="35"/>
        <source>&lt;h3&gt;Mailwright %1&lt;/h3&gt;&lt;p&gt;A desktop email client.&lt;/p&gt;&lt;p&gt;Copyright the Mailwright developers. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Mailwright comes with absolutely no warranty. It uses VMime, Qt, QtKeychain and OpenSSL; see the other tabs for the licences.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="61"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="62"/>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="63"/>
        <source>&amp;Third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="27"/>
        <source>Mailwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="32"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="35"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="35"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="35"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="47"/>
        <source>No message selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="62"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="75"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="76"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="83"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="84"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="87"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="88"/>
        <source>&amp;About Mailwright</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="33"/>
        <source>No translation for &apos;%1&apos;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>Mailwright email client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>Use the local mail lab (tests/lab/mail-lab.sh) with a ready demo account. Reads the MW_LAB_* variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="49"/>
        <source>Quit after &lt;ms&gt; milliseconds (for tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>Use the language &lt;code&gt; (e.g. de, fr) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>Demo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="71"/>
        <source>Demo account on the local mail lab: SMTP %1:%2, IMAP %1:%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
