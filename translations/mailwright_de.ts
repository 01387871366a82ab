<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Account</name>
    <message>
        <location filename="../core/account/account.cpp" line="41"/>
        <source>The %1 server name &quot;%2&quot; is missing or not valid.</source>
        <translation>Der Name des Servers für %1 („%2“) fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="43"/>
        <source>The %1 server port must be between 1 and 65535.</source>
        <translation>Der Port des Servers für %1 muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="143"/>
        <source>The account name &quot;%1&quot; is not valid: it must not be empty, be longer than 64 characters, or contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation>Der Kontoname „%1“ ist ungültig: Er darf nicht leer und nicht länger als 64 Zeichen sein und weder &apos;/&apos; noch &apos;\&apos; enthalten.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="147"/>
        <source>Account &quot;%1&quot; has no identity: an email address is required.</source>
        <translation>Das Konto „%1“ hat keine Identität: Eine E-Mail-Adresse ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="151"/>
        <source>Account &quot;%1&quot;: an identity is missing its email address.</source>
        <translation>Konto „%1“: Bei einer Identität fehlt die E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="154"/>
        <source>Account &quot;%1&quot;: &quot;%2&quot; is not a valid email address.</source>
        <translation>Konto „%1“: „%2“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="157"/>
        <source>Account &quot;%1&quot;: the reply-to address &quot;%2&quot; is not valid.</source>
        <translation>Konto „%1“: Die Antwortadresse „%2“ ist ungültig.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="162"/>
        <source>Account &quot;%1&quot;: the sending server must use SMTP.</source>
        <translation>Konto „%1“: Der Postausgangsserver muss SMTP verwenden.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="163"/>
        <source>outgoing (SMTP)</source>
        <translation>ausgehende E-Mails (SMTP)</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="167"/>
        <source>Account &quot;%1&quot;: the incoming server must use IMAP or POP3.</source>
        <translation>Konto „%1“: Der Posteingangsserver muss IMAP oder POP3 verwenden.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="169"/>
        <source>incoming</source>
        <translation>eingehende E-Mails</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="174"/>
        <source>Account &quot;%1&quot;: the check interval cannot be negative.</source>
        <translation>Konto „%1“: Das Abrufintervall darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="176"/>
        <source>Account &quot;%1&quot;: the number of days to keep mail on the server cannot be negative.</source>
        <translation>Konto „%1“: Die Anzahl der Tage, die E-Mails auf dem Server bleiben, darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="182"/>
        <source>Account &quot;%1&quot;: the pinned certificate entry &quot;%2&quot; must be written host:port.</source>
        <translation>Konto „%1“: Der Eintrag „%2“ für ein festgelegtes Zertifikat muss die Form Host:Port haben.</translation>
    </message>
</context>
<context>
    <name>AddressParser</name>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="195"/>
        <source>The domain after the @ is missing.</source>
        <translation>Die Domain nach dem @ fehlt.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="199"/>
        <source>The address literal is missing its closing bracket.</source>
        <translation>Beim Adressliteral fehlt die schließende eckige Klammer.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="206"/>
        <source>The address literal %1 is not an IP address.</source>
        <translation>Das Adressliteral %1 ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="210"/>
        <source>The domain &quot;%1&quot; has an empty label (two dots, or a dot at the start or end).</source>
        <translation>Die Domain „%1“ enthält einen leeren Namensteil (zwei Punkte hintereinander oder ein Punkt am Anfang oder Ende).</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="224"/>
        <source>The domain label &quot;%1&quot; is not valid: use letters, digits and hyphens, at most 63 characters, not starting or ending with a hyphen.</source>
        <translation>Der Domainteil „%1“ ist ungültig: Verwenden Sie Buchstaben, Ziffern und Bindestriche, höchstens 63 Zeichen, nicht mit einem Bindestrich am Anfang oder Ende.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="231"/>
        <source>The domain &quot;%1&quot; is not a valid internationalised domain name.</source>
        <translation>Die Domain „%1“ ist kein gültiger internationalisierter Domainname.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="234"/>
        <source>The domain is longer than 253 characters.</source>
        <translation>Die Domain ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="257"/>
        <source>The address contains a space. Put a name before an address in angle brackets: Name &lt;user@example.org&gt;.</source>
        <translation>Die Adresse enthält ein Leerzeichen. Setzen Sie einen Namen vor eine Adresse in spitzen Klammern: Name &lt;benutzer@example.org&gt;.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="272"/>
        <location filename="../core/mime/emailaddress.cpp" line="363"/>
        <source>The address contains a line break or a NUL character, which is not allowed (it could inject header lines).</source>
        <translation>Die Adresse enthält einen Zeilenumbruch oder ein NUL-Zeichen; das ist nicht erlaubt (damit könnten Kopfzeilen eingeschleust werden).</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="279"/>
        <source>A parenthesis is not balanced.</source>
        <translation>Eine Klammer ist nicht geschlossen oder überzählig.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="306"/>
        <source>A quotation mark is not closed.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="310"/>
        <source>The angle brackets &lt; &gt; are not balanced.</source>
        <translation>Die spitzen Klammern &lt; &gt; sind nicht paarig.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="320"/>
        <source>There is text after the closing angle bracket.</source>
        <translation>Nach der schließenden spitzen Klammer steht noch Text.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="366"/>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="382"/>
        <source>A quotation mark in the address is not closed.</source>
        <translation>Ein Anführungszeichen in der Adresse ist nicht geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="384"/>
        <source>The address has no @ sign.</source>
        <translation>Die Adresse enthält kein @-Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="388"/>
        <location filename="../core/mime/emailaddress.cpp" line="410"/>
        <source>The part before the @ is empty.</source>
        <translation>Der Teil vor dem @ ist leer.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="394"/>
        <source>The quoted part before the @ is not closed properly.</source>
        <translation>Der in Anführungszeichen gesetzte Teil vor dem @ ist nicht korrekt abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="400"/>
        <source>The quoted part before the @ ends with a backslash.</source>
        <translation>Der in Anführungszeichen gesetzte Teil vor dem @ endet mit einem Backslash.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="403"/>
        <source>Only the whole part before the @ may be quoted.</source>
        <translation>Nur der gesamte Teil vor dem @ darf in Anführungszeichen stehen.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="406"/>
        <location filename="../core/mime/emailaddress.cpp" line="430"/>
        <source>The address contains a control character.</source>
        <translation>Die Adresse enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="424"/>
        <source>The part before the @ must not start or end with a dot.</source>
        <translation>Der Teil vor dem @ darf nicht mit einem Punkt beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="426"/>
        <source>The part before the @ must not contain two dots in a row.</source>
        <translation>Der Teil vor dem @ darf keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="431"/>
        <source>The character &quot;%1&quot; is not allowed before the @ unless that part is in quotation marks.</source>
        <translation>Das Zeichen „%1“ ist vor dem @ nur erlaubt, wenn dieser Teil in Anführungszeichen steht.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="441"/>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Der Teil vor dem @ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="469"/>
        <source>The address list contains a line break or a NUL character, which is not allowed (it could inject header lines).</source>
        <translation>Die Adressliste enthält einen Zeilenumbruch oder ein NUL-Zeichen; das ist nicht erlaubt (damit könnten Kopfzeilen eingeschleust werden).</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="480"/>
        <source>No address was given.</source>
        <translation>Es wurde keine Adresse angegeben.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="481"/>
        <source>Only one address is allowed here.</source>
        <translation>Hier ist nur eine Adresse erlaubt.</translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <location filename="../core/setup/candidates.cpp" line="203"/>
        <source>server-to-server port, often blocked by ISPs</source>
        <translation>Port für den Versand zwischen Servern, wird von Internetanbietern oft gesperrt</translation>
    </message>
    <message>
        <location filename="../core/setup/candidates.cpp" line="206"/>
        <source>no encryption: password and mail travel readable by anyone on the way</source>
        <translation>keine Verschlüsselung: Passwort und E-Mails sind unterwegs für jeden lesbar</translation>
    </message>
    <message>
        <location filename="../core/setup/candidates.cpp" line="209"/>
        <source>the domain&apos;s DNS points to a server outside the domain; use it only if you trust it</source>
        <translation>das DNS der Domain verweist auf einen Server außerhalb der Domain; verwenden Sie ihn nur, wenn Sie ihm vertrauen</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="21"/>
        <source>the mail server</source>
        <translation>der Mailserver</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="26"/>
        <source>this address</source>
        <translation>diese Adresse</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="43"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="44"/>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="125"/>
        <source>The server name %1 could not be found.</source>
        <translation>Der Servername %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="126"/>
        <source>Check the server name in the account settings for typing mistakes, and check that this computer is connected to the internet.</source>
        <translation>Prüfen Sie den Servernamen in den Kontoeinstellungen auf Tippfehler und ob dieser Computer mit dem Internet verbunden ist.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="130"/>
        <source>The connection to %1 was refused.</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="131"/>
        <source>Nothing accepts connections on that port. Check the port and the security setting (usually 465 with TLS or 587 with STARTTLS); a firewall may also reject the connection.</source>
        <translation>An diesem Port nimmt niemand Verbindungen an. Prüfen Sie den Port und die Sicherheitseinstellung (meist 465 mit TLS oder 587 mit STARTTLS); auch eine Firewall kann die Verbindung abweisen.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="137"/>
        <source>There was no answer from %1 when connecting.</source>
        <translation>%1 hat beim Verbindungsaufbau nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="138"/>
        <source>A firewall or your internet provider may be blocking this port (port 25 is often blocked). Try port 465 (TLS) or 587 (STARTTLS), or another network.</source>
        <translation>Eine Firewall oder Ihr Internetanbieter sperrt möglicherweise diesen Port (Port 25 ist oft gesperrt). Versuchen Sie Port 465 (TLS) oder 587 (STARTTLS) oder ein anderes Netzwerk.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="143"/>
        <source>The connection to %1 was made, but the server stopped answering.</source>
        <translation>Die Verbindung zu %1 wurde hergestellt, aber der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="145"/>
        <source>The network may be slow or interrupted, or the server is overloaded. Try again later; mail in the outbox is retried automatically.</source>
        <translation>Das Netzwerk ist vielleicht langsam oder unterbrochen, oder der Server ist überlastet. Versuchen Sie es später erneut; E-Mails im Postausgang werden automatisch erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="149"/>
        <source>A network error interrupted the connection to %1.</source>
        <translation>Ein Netzwerkfehler hat die Verbindung zu %1 unterbrochen.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="150"/>
        <source>Check your internet connection. Mail in the outbox is retried automatically.</source>
        <translation>Prüfen Sie Ihre Internetverbindung. E-Mails im Postausgang werden automatisch erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="153"/>
        <source>The connection to %1 was closed unexpectedly.</source>
        <translation>Die Verbindung zu %1 wurde unerwartet geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="154"/>
        <source>This is usually temporary: try again later. If it happens every time, check the port and the security setting.</source>
        <translation>Das ist meist vorübergehend: Versuchen Sie es später erneut. Passiert es jedes Mal, prüfen Sie den Port und die Sicherheitseinstellung.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="166"/>
        <source>Inspect the certificate details and trust this certificate only if you know why it differs, for example because the server&apos;s administrator told you its fingerprint.</source>
        <translation>Sehen Sie sich die Zertifikatsdetails an und vertrauen Sie diesem Zertifikat nur, wenn Sie wissen, warum es abweicht – etwa weil Ihnen der Administrator des Servers seinen Fingerabdruck genannt hat.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="171"/>
        <source>A secure (TLS) connection to %1 could not be established.</source>
        <translation>Eine sichere Verbindung (TLS) zu %1 konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="173"/>
        <source>Check that the security setting matches the port: 465 uses TLS from the start, 587 and 25 use STARTTLS. The server may also offer only outdated encryption, which Mailwright does not accept.</source>
        <translation>Prüfen Sie, ob die Sicherheitseinstellung zum Port passt: 465 verwendet TLS von Anfang an, 587 und 25 verwenden STARTTLS. Es kann auch sein, dass der Server nur veraltete Verschlüsselung anbietet, die Mailwright nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="179"/>
        <source>The certificate of %1 is not signed by an authority this computer trusts.</source>
        <translation>Das Zertifikat von %1 ist nicht von einer Zertifizierungsstelle signiert, der dieser Computer vertraut.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="182"/>
        <source>Someone may be intercepting the connection, or the server uses a self-signed certificate.</source>
        <translation>Möglicherweise hört jemand die Verbindung ab, oder der Server verwendet ein selbst signiertes Zertifikat.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="188"/>
        <source>The certificate of %1 has expired or is not valid yet.</source>
        <translation>Das Zertifikat von %1 ist abgelaufen oder noch nicht gültig.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="190"/>
        <source>The certificate of %1 is not valid now (valid until %2).</source>
        <translation>Das Zertifikat von %1 ist derzeit nicht gültig (gültig bis %2).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="192"/>
        <source>Check that this computer&apos;s date and time are correct; otherwise tell the server&apos;s administrator.</source>
        <translation>Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen; andernfalls informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="200"/>
        <source>The certificate presented by %1 was issued for a different name.</source>
        <translation>Das von %1 vorgelegte Zertifikat wurde für einen anderen Namen ausgestellt.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="203"/>
        <source>The certificate presented by %1 was issued for a different name (it is valid for %2).</source>
        <translation>Das von %1 vorgelegte Zertifikat wurde für einen anderen Namen ausgestellt (es gilt für %2).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="208"/>
        <source>Check the server name in the account settings: providers often require their own name (such as smtp.provider.example) rather than one under your domain.</source>
        <translation>Prüfen Sie den Servernamen in den Kontoeinstellungen: Anbieter verlangen oft ihren eigenen Namen (etwa smtp.anbieter.example) statt eines Namens unter Ihrer Domain.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="214"/>
        <source>The certificate of %1 has changed since you trusted it.</source>
        <translation>Das Zertifikat von %1 hat sich geändert, seit Sie ihm vertraut haben.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="216"/>
        <source>Someone may be intercepting the connection. Do not continue unless you know the server got a new certificate (ask its administrator); then inspect the new certificate and trust it again.</source>
        <translation>Möglicherweise hört jemand die Verbindung ab. Fahren Sie nur fort, wenn Sie wissen, dass der Server ein neues Zertifikat erhalten hat (fragen Sie seinen Administrator); prüfen Sie dann das neue Zertifikat und vertrauen Sie ihm erneut.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="222"/>
        <source>The server %1 refused to start encryption (STARTTLS); your password was not sent</source>
        <translation>Der Server %1 hat sich geweigert, die Verschlüsselung zu starten (STARTTLS); Ihr Passwort wurde nicht gesendet</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="227"/>
        <source>The server %1 does not offer encryption (STARTTLS); your password was not sent.</source>
        <translation>Der Server %1 bietet keine Verschlüsselung an (STARTTLS); Ihr Passwort wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="231"/>
        <source>Use port 465 with TLS if the server offers it, or ask your provider. Choose &quot;No encryption&quot; only for a server on a network you fully trust.</source>
        <translation>Verwenden Sie Port 465 mit TLS, falls der Server ihn anbietet, oder fragen Sie Ihren Anbieter. Wählen Sie „Keine Verschlüsselung“ nur für einen Server in einem Netzwerk, dem Sie voll vertrauen.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="235"/>
        <source>Mailwright will not send your password over an unencrypted connection to %1.</source>
        <translation>Mailwright sendet Ihr Passwort nicht über eine unverschlüsselte Verbindung zu %1.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="239"/>
        <source>Choose TLS (port 465) or STARTTLS (port 587) in the account settings. Only for a server on a network you fully trust, choose &quot;No encryption&quot; explicitly.</source>
        <translation>Wählen Sie in den Kontoeinstellungen TLS (Port 465) oder STARTTLS (Port 587). Nur für einen Server in einem Netzwerk, dem Sie voll vertrauen, wählen Sie ausdrücklich „Keine Verschlüsselung“.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="252"/>
        <source>This is temporary; mail in the outbox is retried automatically.</source>
        <translation>Das ist vorübergehend; E-Mails im Postausgang werden automatisch erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="255"/>
        <source>The server %1 refuses to accept mail from this connection</source>
        <translation>Der Server %1 nimmt über diese Verbindung keine E-Mails an</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="259"/>
        <source>Your network address may be on a block list, or this is not a mail submission server. Check the server name and port (587 or 465 with your login), or ask your provider.</source>
        <translation>Ihre Netzwerkadresse steht vielleicht auf einer Sperrliste, oder dies ist kein Server zum Einliefern von E-Mails. Prüfen Sie Servername und Port (587 oder 465 mit Ihrer Anmeldung) oder fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="263"/>
        <source>The server %1 is temporarily unavailable and closed the connection</source>
        <translation>Der Server %1 ist vorübergehend nicht verfügbar und hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="267"/>
        <source>The server is busy or under maintenance.</source>
        <translation>Der Server ist ausgelastet oder wird gerade gewartet.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="273"/>
        <source>The server could not handle the request right now</source>
        <translation>Der Server konnte die Anfrage gerade nicht bearbeiten</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="274"/>
        <source>The mailbox may be busy, or the server delays unknown senders (greylisting).</source>
        <translation>Das Postfach ist vielleicht gerade belegt, oder der Server verzögert unbekannte Absender (Greylisting).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="279"/>
        <source>The server had a local problem and aborted the request</source>
        <translation>Der Server hatte ein lokales Problem und hat die Anfrage abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="282"/>
        <source>If it keeps happening, send the server&apos;s reply to your provider.</source>
        <translation>Wenn es immer wieder passiert, senden Sie die Antwort des Servers an Ihren Anbieter.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="286"/>
        <source>The message has too many recipients for the server at once</source>
        <translation>Die Nachricht hat zu viele Empfänger auf einmal für den Server</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="289"/>
        <source>Split the recipients over several messages, or try again later.</source>
        <translation>Verteilen Sie die Empfänger auf mehrere Nachrichten oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="291"/>
        <source>The server has too little storage to accept the message now</source>
        <translation>Der Server hat gerade zu wenig Speicherplatz, um die Nachricht anzunehmen</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="297"/>
        <source>The server %1 cannot start encryption right now</source>
        <translation>Der Server %1 kann die Verschlüsselung gerade nicht starten</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="300"/>
        <source>Your password was not sent.</source>
        <translation>Ihr Passwort wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="301"/>
        <source>The server %1 could not check your login right now</source>
        <translation>Der Server %1 konnte Ihre Anmeldung gerade nicht prüfen</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="304"/>
        <source>This is a temporary problem at the server; try again in a few minutes.</source>
        <translation>Das ist ein vorübergehendes Problem beim Server; versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="308"/>
        <source>The server %1 reported a temporary problem</source>
        <translation>Der Server %1 hat ein vorübergehendes Problem gemeldet</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="320"/>
        <source>Microsoft has turned off password sign-in (basic authentication) for this account</source>
        <translation>Microsoft hat die Anmeldung mit Passwort (Standardauthentifizierung) für dieses Konto abgeschaltet</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="323"/>
        <source>Sign in with OAuth2 (Microsoft account sign-in) instead, or ask your Microsoft 365 administrator to enable &quot;Authenticated SMTP&quot; (SMTP AUTH) for this mailbox.</source>
        <translation>Melden Sie sich stattdessen mit OAuth2 (Anmeldung mit dem Microsoft-Konto) an, oder bitten Sie Ihren Microsoft-365-Administrator, „Authentifiziertes SMTP“ (SMTP AUTH) für dieses Postfach einzuschalten.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="329"/>
        <source>The server %1 rejected your user name or password</source>
        <translation>Der Server %1 hat Ihren Benutzernamen oder Ihr Passwort abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="331"/>
        <source>Check the user name (often the full email address) and the password. Some providers, such as Gmail, Yahoo, iCloud and Fastmail, require an app password created in the account&apos;s security settings instead of your normal password.</source>
        <translation>Prüfen Sie den Benutzernamen (oft die vollständige E-Mail-Adresse) und das Passwort. Manche Anbieter wie Gmail, Yahoo, iCloud und Fastmail verlangen statt Ihres normalen Passworts ein App-Passwort, das Sie in den Sicherheitseinstellungen des Kontos erstellen.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="337"/>
        <source>The server %1 requires you to log in before sending</source>
        <translation>Der Server %1 verlangt eine Anmeldung vor dem Senden</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="340"/>
        <source>Enable authentication in the account settings and enter your user name and password.</source>
        <translation>Schalten Sie in den Kontoeinstellungen die Authentifizierung ein und geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="345"/>
        <source>Your provider blocked the sign-in and wants you to confirm it in a web browser</source>
        <translation>Ihr Anbieter hat die Anmeldung blockiert und möchte, dass Sie sie in einem Webbrowser bestätigen</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="349"/>
        <source>Sign in to your mail account with a web browser and follow the instructions there. For Gmail, create an app password (needs 2-Step Verification) or use OAuth2 sign-in.</source>
        <translation>Melden Sie sich mit einem Webbrowser bei Ihrem E-Mail-Konto an und folgen Sie den Anweisungen dort. Erstellen Sie für Gmail ein App-Passwort (erfordert die Bestätigung in zwei Schritten) oder verwenden Sie die Anmeldung mit OAuth2.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="354"/>
        <source>Your provider requires an app password for mail programs</source>
        <translation>Ihr Anbieter verlangt ein App-Passwort für E-Mail-Programme</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="357"/>
        <source>Create an app password in your account&apos;s security settings and enter it instead of your normal password.</source>
        <translation>Erstellen Sie in den Sicherheitseinstellungen Ihres Kontos ein App-Passwort und geben Sie es statt Ihres normalen Passworts ein.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="362"/>
        <source>The server %1 considers this sign-in method too weak</source>
        <translation>Der Server %1 hält dieses Anmeldeverfahren für zu schwach</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="365"/>
        <source>Use an encrypted connection and the sign-in method your provider recommends (an app password or OAuth2).</source>
        <translation>Verwenden Sie eine verschlüsselte Verbindung und das Anmeldeverfahren, das Ihr Anbieter empfiehlt (ein App-Passwort oder OAuth2).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="369"/>
        <source>The server %1 does not support the chosen sign-in method</source>
        <translation>Der Server %1 unterstützt das gewählte Anmeldeverfahren nicht</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="372"/>
        <source>Choose another authentication method in the account settings, or let Mailwright detect the settings again.</source>
        <translation>Wählen Sie in den Kontoeinstellungen ein anderes Authentifizierungsverfahren oder lassen Sie Mailwright die Einstellungen erneut ermitteln.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="376"/>
        <source>The server %1 requires an encrypted connection for signing in</source>
        <translation>Der Server %1 verlangt für die Anmeldung eine verschlüsselte Verbindung</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="380"/>
        <source>Choose TLS (port 465) or STARTTLS (port 587) in the account settings.</source>
        <translation>Wählen Sie in den Kontoeinstellungen TLS (Port 465) oder STARTTLS (Port 587).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="391"/>
        <source>The server&apos;s reply below says why.</source>
        <translation>Die Antwort des Servers unten nennt den Grund.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="396"/>
        <source>The server %1 does not let this account send as %2 or relay the message</source>
        <translation>Der Server %1 erlaubt diesem Konto nicht, als %2 zu senden oder die Nachricht weiterzuleiten</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="401"/>
        <source>The From address must belong to this account (or be an alias your provider registered for it), and you must be logged in. Choose the matching identity, or send through the account the address belongs to.</source>
        <translation>Die Absenderadresse muss zu diesem Konto gehören (oder ein Alias sein, den Ihr Anbieter dafür eingerichtet hat), und Sie müssen angemeldet sein. Wählen Sie die passende Identität oder senden Sie über das Konto, zu dem die Adresse gehört.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="406"/>
        <source>The server %1 rejected the sender address %2</source>
        <translation>Der Server %1 hat die Absenderadresse %2 abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="409"/>
        <source>Check the From address of this identity: it must be an address you are allowed to send from.</source>
        <translation>Prüfen Sie die Absenderadresse dieser Identität: Es muss eine Adresse sein, von der Sie senden dürfen.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="415"/>
        <source>The address %1 does not exist</source>
        <translation>Die Adresse %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="416"/>
        <source>Check %1 for typing mistakes or ask the recipient for their current address. The other recipients are not affected.</source>
        <translation>Prüfen Sie %1 auf Tippfehler oder fragen Sie den Empfänger nach seiner aktuellen Adresse. Die anderen Empfänger sind nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="421"/>
        <source>The mailbox of %1 is full</source>
        <translation>Das Postfach von %1 ist voll</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="422"/>
        <source>Reach the recipient another way, or try again later.</source>
        <translation>Erreichen Sie den Empfänger auf anderem Weg oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="425"/>
        <source>The domain of %1 does not accept email</source>
        <translation>Die Domain von %1 nimmt keine E-Mails an</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="427"/>
        <source>Check the address; the domain has declared that it receives no mail.</source>
        <translation>Prüfen Sie die Adresse; die Domain hat erklärt, dass sie keine E-Mails empfängt.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="431"/>
        <source>The server %1 refused the recipient %2</source>
        <translation>Der Server %1 hat den Empfänger %2 abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="433"/>
        <source>Check the address.</source>
        <translation>Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="436"/>
        <source>The server %1 refused every recipient, so the message was not sent.</source>
        <translation>Der Server %1 hat alle Empfänger abgelehnt; die Nachricht wurde daher nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="439"/>
        <source>Check the addresses; the reason for each recipient is listed.</source>
        <translation>Prüfen Sie die Adressen; der Grund ist für jeden Empfänger aufgeführt.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="443"/>
        <source>The message is %1, larger than the %2 that %3 accepts; it was not sent.</source>
        <translation>Die Nachricht ist %1 groß, mehr als die %2, die %3 annimmt; sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="449"/>
        <source>The server %1 refused the message as too large (the limit is %2)</source>
        <translation>Der Server %1 hat die Nachricht als zu groß abgelehnt (die Grenze liegt bei %2)</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="455"/>
        <source>The server %1 refused the message as too large</source>
        <translation>Der Server %1 hat die Nachricht als zu groß abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="458"/>
        <source>Remove or shrink attachments, or share large files through a link instead.</source>
        <translation>Entfernen oder verkleinern Sie Anhänge, oder teilen Sie große Dateien stattdessen über einen Link.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="462"/>
        <source>The server %1 refused the message</source>
        <translation>Der Server %1 hat die Nachricht abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="463"/>
        <source>It may have been classified as spam or break a rule of the provider.</source>
        <translation>Sie wurde vielleicht als Spam eingestuft oder verstößt gegen eine Regel des Anbieters.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="468"/>
        <source>The server %1 considers %2 an invalid address</source>
        <translation>Der Server %1 hält %2 für eine ungültige Adresse</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="471"/>
        <source>%1 is not a valid email address.</source>
        <translation>%1 ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="472"/>
        <source>Check it for typing mistakes, spaces or missing parts (name@example.org).</source>
        <translation>Prüfen Sie sie auf Tippfehler, Leerzeichen oder fehlende Teile (name@example.org).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="483"/>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="485"/>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="486"/>
        <source>Start it again when you are ready; a message stays in the outbox until it is sent or deleted.</source>
        <translation>Starten Sie ihn erneut, wenn Sie bereit sind; eine Nachricht bleibt im Postausgang, bis sie gesendet oder gelöscht wird.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="492"/>
        <source>The server %1 gave an unexpected answer</source>
        <translation>Der Server %1 hat unerwartet geantwortet</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="494"/>
        <source>This is usually a server or compatibility problem. If it persists, send the server&apos;s reply below to your provider&apos;s support.</source>
        <translation>Das ist meist ein Server- oder Kompatibilitätsproblem. Wenn es bestehen bleibt, senden Sie die Antwort des Servers unten an den Support Ihres Anbieters.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="498"/>
        <source>A header field contains characters that are not allowed (a line break or NUL).</source>
        <translation>Ein Kopfzeilenfeld enthält unerlaubte Zeichen (einen Zeilenumbruch oder NUL).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="501"/>
        <source>Remove line breaks from the subject, the names and the addresses.</source>
        <translation>Entfernen Sie Zeilenumbrüche aus dem Betreff, den Namen und den Adressen.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="504"/>
        <source>The message could not be built or read.</source>
        <translation>Die Nachricht konnte nicht erstellt oder gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="505"/>
        <source>If you sent a prepared file, check that it is a complete message (header lines, an empty line, then the body).</source>
        <translation>Wenn Sie eine vorbereitete Datei gesendet haben, prüfen Sie, ob sie eine vollständige Nachricht ist (Kopfzeilen, eine Leerzeile, dann der Text).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="509"/>
        <source>A file could not be read or written.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="510"/>
        <source>Check that the file exists, was not moved, and that you may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert, nicht verschoben wurde und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="513"/>
        <source>The disk is full: Mailwright could not save to its data directory.</source>
        <translation>Der Datenträger ist voll: Mailwright konnte nicht in seinem Datenverzeichnis speichern.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="515"/>
        <source>Free some disk space and try again. Messages already in the outbox are safe.</source>
        <translation>Geben Sie Speicherplatz frei und versuchen Sie es erneut. Nachrichten, die bereits im Postausgang liegen, sind sicher.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="519"/>
        <source>Mailwright could not read or write its local database.</source>
        <translation>Mailwright konnte seine lokale Datenbank nicht lesen oder schreiben.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="520"/>
        <source>Check that the data directory is writable and the disk is healthy; the technical details name the problem.</source>
        <translation>Prüfen Sie, ob das Datenverzeichnis beschreibbar und der Datenträger in Ordnung ist; die technischen Details nennen das Problem.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="524"/>
        <source>The account settings are incomplete or invalid.</source>
        <translation>Die Kontoeinstellungen sind unvollständig oder ungültig.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="525"/>
        <source>Open the account settings and check the server, port, security and user name.</source>
        <translation>Öffnen Sie die Kontoeinstellungen und prüfen Sie Server, Port, Sicherheit und Benutzernamen.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="529"/>
        <source>The system keychain is not available, so the password could not be read or saved.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher konnte das Passwort nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="532"/>
        <source>Start or unlock your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again. Mailwright never stores passwords in plain files.</source>
        <translation>Starten oder entsperren Sie den Schlüsselbund Ihrer Arbeitsumgebung (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut. Mailwright speichert Passwörter niemals in einfachen Dateien.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="537"/>
        <source>No password is stored for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="538"/>
        <source>Enter the password. Mailwright keeps it in the system keychain, or for this session only if you prefer.</source>
        <translation>Geben Sie das Passwort ein. Mailwright bewahrt es im Schlüsselbund des Systems auf oder, wenn Sie möchten, nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="542"/>
        <source>The folder does not exist on the server %1.</source>
        <translation>Der Ordner existiert auf dem Server %1 nicht.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="544"/>
        <source>The folder %1 does not exist on the server %2.</source>
        <translation>Der Ordner %1 existiert auf dem Server %2 nicht.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="546"/>
        <source>Check the folder&apos;s name (upper and lower case count, except for INBOX). If another program renamed or deleted it, refresh the folder list.</source>
        <translation>Prüfen Sie den Namen des Ordners (Groß- und Kleinschreibung zählen, außer bei INBOX). Hat ein anderes Programm ihn umbenannt oder gelöscht, laden Sie die Ordnerliste neu.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="551"/>
        <source>An internal error occurred in Mailwright.</source>
        <translation>In Mailwright ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="552"/>
        <source>Please report it together with the technical details.</source>
        <translation>Bitte melden Sie ihn zusammen mit den technischen Details.</translation>
    </message>
</context>
<context>
    <name>ImapEnvelope</name>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="238"/>
        <source>FETCH data is not a list of name/value pairs</source>
        <translation>FETCH-Daten sind keine Liste von Name-Wert-Paaren</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="244"/>
        <source>FETCH data item name is not an atom</source>
        <translation>Der Name eines FETCH-Datenelements ist kein Atom</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="250"/>
        <source>UID is not a valid number</source>
        <translation>UID ist keine gültige Zahl</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="255"/>
        <source>FLAGS is not a list</source>
        <translation>FLAGS ist keine Liste</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="261"/>
        <source>RFC822.SIZE is not a number</source>
        <translation>RFC822.SIZE ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="265"/>
        <source>ENVELOPE does not have 10 fields</source>
        <translation>ENVELOPE hat nicht 10 Felder</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="269"/>
        <source>ENVELOPE field %1 is not a string or NIL</source>
        <translation>ENVELOPE-Feld %1 ist weder eine Zeichenkette noch NIL</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="275"/>
        <source>ENVELOPE has a malformed address list</source>
        <translation>ENVELOPE enthält eine fehlerhafte Adressliste</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="285"/>
        <source>FETCH response without UID</source>
        <translation>FETCH-Antwort ohne UID</translation>
    </message>
</context>
<context>
    <name>ImapResponseReader</name>
    <message>
        <location filename="../core/sync/imapresponse.cpp" line="70"/>
        <source>Malformed IMAP response: %1 at byte %2 (near &quot;%3&quot;)</source>
        <translation>Fehlerhafte IMAP-Antwort: %1 bei Byte %2 (bei „%3“)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="25"/>
        <source>The macOS Keychain is not available, so Mailwright cannot store passwords.</source>
        <translation>Der macOS-Schlüsselbund ist nicht verfügbar, daher kann Mailwright keine Passwörter speichern.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="27"/>
        <source>The Windows Credential Manager is not available, so Mailwright cannot store passwords.</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung ist nicht verfügbar, daher kann Mailwright keine Passwörter speichern.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="30"/>
        <source>No Secret Service (such as GNOME Keyring or KWallet) is running, so Mailwright cannot store passwords in the keychain.</source>
        <translation>Es läuft kein Secret Service (etwa GNOME Keyring oder KWallet), daher kann Mailwright keine Passwörter im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="42"/>
        <source>Start your desktop&apos;s keyring or password manager and try again, or keep the password for this session only.</source>
        <translation>Starten Sie den Schlüsselbund oder die Passwortverwaltung Ihrer Arbeitsumgebung und versuchen Sie es erneut, oder behalten Sie das Passwort nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="62"/>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="65"/>
        <source>The keychain could not delete the password.</source>
        <translation>Der Schlüsselbund konnte das Passwort nicht löschen.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="114"/>
        <source>The keychain did not answer within %1 seconds. It may be locked and waiting for a password prompt, or no Secret Service is running.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet. Vielleicht ist er gesperrt und wartet auf die Eingabe eines Passworts, oder es läuft kein Secret Service.</translation>
    </message>
</context>
<context>
    <name>LoginTest</name>
    <message>
        <location filename="../core/setup/logintest.cpp" line="101"/>
        <source>The connection is not encrypted; the password was not sent.</source>
        <translation>Die Verbindung ist nicht verschlüsselt; das Passwort wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../core/setup/logintest.cpp" line="118"/>
        <source>The server refused the user name or password.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
</context>
<context>
    <name>MimeBuilder</name>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="156"/>
        <source>The %1 address &quot;%2&quot; contains a line break or a NUL character.</source>
        <translation>Die Adresse „%2“ (%1) enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="158"/>
        <location filename="../core/mime/mimebuilder.cpp" line="210"/>
        <source>Remove the line break; it could be used to inject header lines.</source>
        <translation>Entfernen Sie den Zeilenumbruch; damit könnten Kopfzeilen eingeschleust werden.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="165"/>
        <source>The %1 address &quot;%2&quot; is not valid: %3</source>
        <translation>Die Adresse „%2“ (%1) ist ungültig: %3</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="166"/>
        <source>Correct the address and try again.</source>
        <translation>Korrigieren Sie die Adresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="171"/>
        <source>The %1 address &quot;%2&quot; has non-ASCII characters before the @. Such addresses can only be sent through a server that supports SMTPUTF8 (RFC 6531), and this server does not.</source>
        <translation>Die Adresse „%2“ (%1) enthält vor dem @ Zeichen außerhalb von ASCII. Solche Adressen lassen sich nur über einen Server senden, der SMTPUTF8 (RFC 6531) unterstützt, und dieser Server tut das nicht.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="176"/>
        <source>Ask the recipient for an ASCII address, or use a server that supports SMTPUTF8.</source>
        <translation>Bitten Sie den Empfänger um eine ASCII-Adresse oder verwenden Sie einen Server, der SMTPUTF8 unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="185"/>
        <source>The message has no sender (From).</source>
        <translation>Die Nachricht hat keinen Absender (From).</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="186"/>
        <source>Set the sender&apos;s address.</source>
        <translation>Geben Sie die Adresse des Absenders an.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="191"/>
        <source>Only one Reply-To address is supported.</source>
        <translation>Es wird nur eine Reply-To-Adresse unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="204"/>
        <source>The message has no recipients.</source>
        <translation>Die Nachricht hat keine Empfänger.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="205"/>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation>Fügen Sie mindestens einen Empfänger unter An, Cc oder Bcc hinzu.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="209"/>
        <source>The %1 contains a line break or a NUL character.</source>
        <translation>%1 enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="214"/>
        <source>subject</source>
        <translation>Der Betreff</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="219"/>
        <source>attachment name</source>
        <translation>Der Name des Anhangs</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="224"/>
        <source>&quot;%1&quot; is not a valid header field name.</source>
        <translation>„%1“ ist kein gültiger Name für ein Kopfzeilenfeld.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="228"/>
        <source>The header field %1 is written by the message builder and cannot be set directly.</source>
        <translation>Das Kopfzeilenfeld %1 wird beim Erstellen der Nachricht geschrieben und kann nicht direkt gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="232"/>
        <source>header field %1</source>
        <translation>Das Kopfzeilenfeld %1</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="237"/>
        <source>In-Reply-To is not a message identifier of the form &lt;id@domain&gt;.</source>
        <translation>In-Reply-To ist keine Nachrichtenkennung der Form &lt;id@domain&gt;.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="242"/>
        <source>A References entry is not a message identifier of the form &lt;id@domain&gt;.</source>
        <translation>Ein Eintrag in References ist keine Nachrichtenkennung der Form &lt;id@domain&gt;.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="246"/>
        <source>The Message-ID is not of the form &lt;id@domain&gt;.</source>
        <translation>Die Message-ID hat nicht die Form &lt;id@domain&gt;.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="252"/>
        <source>The Message-ID domain is not valid: %1</source>
        <translation>Die Domain der Message-ID ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="263"/>
        <source>it does not exist</source>
        <translation>Sie existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="265"/>
        <source>it is not a regular file</source>
        <translation>Sie ist keine normale Datei</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="267"/>
        <source>it cannot be read (permission denied)</source>
        <translation>Sie kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="276"/>
        <source>The attachment &quot;%1&quot; cannot be attached: %2.</source>
        <translation>Die Datei „%1“ kann nicht angehängt werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="278"/>
        <source>Check that the file exists and can be read, or remove it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und lesbar ist, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="549"/>
        <location filename="../core/mime/mimebuilder.cpp" line="554"/>
        <source>The message could not be built.</source>
        <translation>Die Nachricht konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="563"/>
        <source>The message could not be built: the result violates RFC 5322.</source>
        <translation>Die Nachricht konnte nicht erstellt werden: Das Ergebnis verstößt gegen RFC 5322.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/send/outbox.cpp" line="111"/>
        <source>Mailwright stopped while this message was being transferred; the server may have received it. Check the recipient&apos;s copy or your Sent folder, then send it again or delete it.</source>
        <translation>Mailwright wurde beendet, während diese Nachricht übertragen wurde; der Server hat sie möglicherweise erhalten. Prüfen Sie die Kopie beim Empfänger oder Ihren Ordner „Gesendet“, und senden Sie sie dann erneut oder löschen Sie sie.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="274"/>
        <location filename="../core/send/outbox.cpp" line="306"/>
        <location filename="../core/send/outbox.cpp" line="333"/>
        <location filename="../core/send/outbox.cpp" line="388"/>
        <source>This message is not being sent.</source>
        <translation>Diese Nachricht wird gerade nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="291"/>
        <location filename="../core/send/outbox.cpp" line="325"/>
        <location filename="../core/send/outbox.cpp" line="543"/>
        <location filename="../core/send/outboxbatch.cpp" line="334"/>
        <source>The message is no longer in the outbox.</source>
        <translation>Die Nachricht ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="376"/>
        <source>The connection broke after the message was transferred, before the server confirmed it; the server may have received it. Check the recipient&apos;s copy or your Sent folder, then send it again or delete it.</source>
        <translation>Die Verbindung ist nach der Übertragung der Nachricht abgebrochen, bevor der Server sie bestätigt hat; der Server hat sie möglicherweise erhalten. Prüfen Sie die Kopie beim Empfänger oder Ihren Ordner „Gesendet“, und senden Sie sie dann erneut oder löschen Sie sie.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="399"/>
        <source>Only a waiting or failed message can be held.</source>
        <translation>Nur eine wartende oder fehlgeschlagene Nachricht kann zurückgestellt werden.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="412"/>
        <source>This message is not held.</source>
        <translation>Diese Nachricht ist nicht zurückgestellt.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="428"/>
        <source>This message is being sent or was sent already.</source>
        <translation>Diese Nachricht wird gerade gesendet oder wurde bereits gesendet.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="450"/>
        <source>This message was sent already or has failed.</source>
        <translation>Diese Nachricht wurde bereits gesendet oder ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="465"/>
        <source>This message is being sent right now; wait until the attempt ends.</source>
        <translation>Diese Nachricht wird gerade gesendet; warten Sie, bis der Versuch beendet ist.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="505"/>
        <source>This message has not been sent yet.</source>
        <translation>Diese Nachricht wurde noch nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../core/send/outboxfiles.cpp" line="29"/>
        <source>The file %1 changed or disappeared after the message was queued, so it was not sent. Send the file again.</source>
        <translation>Die Datei %1 wurde geändert oder entfernt, nachdem die Nachricht in den Postausgang gestellt wurde; sie wurde daher nicht gesendet. Senden Sie die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>Pop3Session</name>
    <message>
        <location filename="../core/sync/pop3session.cpp" line="93"/>
        <source>The POP3 session is not open.</source>
        <translation>Die POP3-Sitzung ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/sync/pop3session.cpp" line="145"/>
        <source>The connection is not encrypted, so the password was not sent.</source>
        <translation>Die Verbindung ist nicht verschlüsselt, daher wurde das Passwort nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>PreparedMessage</name>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="32"/>
        <source>Fix the message file and try again.</source>
        <translation>Korrigieren Sie die Nachrichtendatei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="105"/>
        <source>The message starts with an indented line; the first line must be a header field such as &quot;From: ...&quot;.</source>
        <translation>Die Nachricht beginnt mit einer eingerückten Zeile; die erste Zeile muss ein Kopfzeilenfeld wie „From: ...“ sein.</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="119"/>
        <source>The file starts with an mbox &quot;From &quot; line; give a single message, not an mbox file.</source>
        <translation>Die Datei beginnt mit einer mbox-Zeile „From “; geben Sie eine einzelne Nachricht an, keine mbox-Datei.</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="121"/>
        <source>Header line %1 is not a header field (&quot;Name: value&quot;): %2</source>
        <translation>Kopfzeile %1 ist kein Kopfzeilenfeld („Name: Wert“): %2</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="130"/>
        <source>The message has no empty line between its header and its body.</source>
        <translation>Die Nachricht hat keine Leerzeile zwischen Kopf und Text.</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="132"/>
        <source>The message has no header.</source>
        <translation>Die Nachricht hat keinen Kopf.</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="158"/>
        <source>The %1 header has an invalid address &quot;%2&quot;: %3</source>
        <translation>Die Kopfzeile %1 enthält eine ungültige Adresse „%2“: %3</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="171"/>
        <source>The message has no From header with an address; it is needed as the envelope sender.</source>
        <translation>Die Nachricht hat keine From-Kopfzeile mit einer Adresse; diese wird als Absender im Umschlag benötigt.</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="209"/>
        <source>The message body contains NUL bytes, which SMTP cannot carry; encode binary content with base64.</source>
        <translation>Der Nachrichtentext enthält NUL-Bytes, die SMTP nicht übertragen kann; kodieren Sie binäre Inhalte mit Base64.</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="230"/>
        <source>The message file &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Nachrichtendatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="29"/>
        <source>TLS (implicit)</source>
        <translation>TLS (implizit)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="30"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="31"/>
        <source>None (clear text, unsafe)</source>
        <translation>Keine (Klartext, unsicher)</translation>
    </message>
</context>
<context>
    <name>ReplyBuilder</name>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="86"/>
        <source>an unknown date</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="113"/>
        <source>On %1, %2 wrote:</source>
        <translation>%2 schrieb (%1):</translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="155"/>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Weitergeleitete Nachricht --------</translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="156"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="157"/>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="158"/>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="163"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
</context>
<context>
    <name>SendService</name>
    <message>
        <location filename="../core/send/sendservice.cpp" line="110"/>
        <location filename="../core/send/sendservice.cpp" line="168"/>
        <source>There is no account named %1.</source>
        <translation>Es gibt kein Konto namens %1.</translation>
    </message>
    <message>
        <location filename="../core/send/sendservice.cpp" line="205"/>
        <source>No password is stored for the incoming server.</source>
        <translation>Für den Posteingangsserver ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/send/sendservice.cpp" line="223"/>
        <source>No password is stored for sending.</source>
        <translation>Für das Senden ist kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="133"/>
        <source>The connection is not encrypted; the password was not sent.</source>
        <translation>Die Verbindung ist nicht verschlüsselt; das Passwort wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="160"/>
        <source>The server offers no login on this connection.</source>
        <translation>Der Server bietet auf dieser Verbindung keine Anmeldung an.</translation>
    </message>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="161"/>
        <source>The server offers no supported login method (it offers: %1).</source>
        <translation>Der Server bietet kein unterstütztes Anmeldeverfahren an (angeboten: %1).</translation>
    </message>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="309"/>
        <location filename="../core/send/smtpsession.cpp" line="324"/>
        <location filename="../core/send/smtpsession.cpp" line="399"/>
        <source>This connection cannot be used any more; open a new one.</source>
        <translation>Diese Verbindung kann nicht mehr verwendet werden; öffnen Sie eine neue.</translation>
    </message>
    <message>
        <location filename="../core/send/smtpenvelope.cpp" line="51"/>
        <source>The message has no recipients.</source>
        <translation>Die Nachricht hat keine Empfänger.</translation>
    </message>
    <message>
        <location filename="../core/send/smtpenvelope.cpp" line="59"/>
        <source>The address %1 is not valid.</source>
        <translation>Die Adresse %1 ist ungültig.</translation>
    </message>
    <message>
        <location filename="../core/send/smtpenvelope.cpp" line="65"/>
        <source>The message is %1 bytes; this server accepts at most %2 bytes.</source>
        <translation>Die Nachricht ist %1 Byte groß; dieser Server nimmt höchstens %2 Byte an.</translation>
    </message>
    <message>
        <location filename="../core/send/smtpenvelope.cpp" line="79"/>
        <source>This message needs an internationalized address (SMTPUTF8), which this server does not support.</source>
        <translation>Diese Nachricht benötigt eine internationalisierte Adresse (SMTPUTF8), die dieser Server nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="404"/>
        <source>The address is not valid.</source>
        <translation>Die Adresse ist ungültig.</translation>
    </message>
</context>
<context>
    <name>Wire</name>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="126"/>
        <location filename="../core/net/tcpconnect.cpp" line="192"/>
        <location filename="../core/net/vmimewire.cpp" line="319"/>
        <location filename="../core/net/wireconnection.cpp" line="78"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="131"/>
        <source>Looking up %1 took too long.</source>
        <translation>Das Auflösen von %1 hat zu lange gedauert.</translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="138"/>
        <source>The server name %1 could not be found.</source>
        <translation>Der Servername %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="176"/>
        <source>Could not create a network socket.</source>
        <translation>Es konnte kein Netzwerk-Socket angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="219"/>
        <source>The server %1 refused the connection on port %2.</source>
        <translation>Der Server %1 hat die Verbindung an Port %2 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="224"/>
        <source>No answer from %1 on port %2.</source>
        <translation>Keine Antwort von %1 an Port %2.</translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="227"/>
        <source>Could not connect to %1 on port %2.</source>
        <translation>Keine Verbindung zu %1 an Port %2 möglich.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="207"/>
        <source>The connection is closed.</source>
        <translation>Die Verbindung ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="298"/>
        <source>The server cannot check passwords right now; try again later.</source>
        <translation>Der Server kann Passwörter gerade nicht prüfen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="301"/>
        <source>The server accepts the password only over an encrypted connection.</source>
        <translation>Der Server nimmt das Passwort nur über eine verschlüsselte Verbindung an.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="306"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="338"/>
        <source>The server refused the command %1.</source>
        <translation>Der Server hat den Befehl %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="344"/>
        <location filename="../core/net/wireconnection.cpp" line="224"/>
        <source>The server stopped responding.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="352"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="357"/>
        <source>The folder does not exist on the server.</source>
        <translation>Der Ordner existiert auf dem Server nicht.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="361"/>
        <source>Unexpected error in the mail protocol library.</source>
        <translation>Unerwarteter Fehler in der Bibliothek für das Mail-Protokoll.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="81"/>
        <source>The server did not finish in the time allowed.</source>
        <translation>Der Server ist nicht in der erlaubten Zeit fertig geworden.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="88"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Der Server hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="114"/>
        <source>Unencrypted connections are not allowed for this account.</source>
        <translation>Unverschlüsselte Verbindungen sind für dieses Konto nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="133"/>
        <source>Could not use the network connection.</source>
        <translation>Die Netzwerkverbindung konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="245"/>
        <source>The server sent an overlong line.</source>
        <translation>Der Server hat eine überlange Zeile gesendet.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="303"/>
        <source>The server stopped accepting data.</source>
        <translation>Der Server nimmt keine Daten mehr an.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="342"/>
        <source>The server sent a reply that is not valid SMTP.</source>
        <translation>Der Server hat eine Antwort gesendet, die kein gültiges SMTP ist.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="355"/>
        <source>The server sent an overlong reply.</source>
        <translation>Der Server hat eine überlange Antwort gesendet.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="397"/>
        <source>The server does not accept connections right now.</source>
        <translation>Der Server nimmt zurzeit keine Verbindungen an.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="398"/>
        <source>The server&apos;s greeting is not valid for this protocol.</source>
        <translation>Die Begrüßung des Servers passt nicht zu diesem Protokoll.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="422"/>
        <location filename="../core/net/wireconnection.cpp" line="462"/>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted.</source>
        <translation>Der Server bietet kein STARTTLS an, daher kann die Verbindung nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="453"/>
        <source>The server refused the CAPABILITY command.</source>
        <translation>Der Server hat den Befehl CAPABILITY abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="476"/>
        <source>The server refused to start encryption (STARTTLS).</source>
        <translation>Der Server hat sich geweigert, die Verschlüsselung zu starten (STARTTLS).</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="506"/>
        <source>The server does not offer STLS, so the connection cannot be encrypted.</source>
        <translation>Der Server bietet kein STLS an, daher kann die Verbindung nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="515"/>
        <source>The server refused to start encryption (STLS).</source>
        <translation>Der Server hat sich geweigert, die Verschlüsselung zu starten (STLS).</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="530"/>
        <source>The server sent unexpected data before encryption started.</source>
        <translation>Der Server hat vor dem Start der Verschlüsselung unerwartete Daten gesendet.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="574"/>
        <source>The TLS handshake timed out.</source>
        <translation>Beim TLS-Handshake ist die Zeit abgelaufen.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="582"/>
        <source>The server&apos;s certificate has expired or is not yet valid.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen oder noch nicht gültig.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="585"/>
        <source>The server&apos;s certificate is for a different server name than %1.</source>
        <translation>Das Zertifikat des Servers gilt für einen anderen Servernamen als %1.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="589"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="604"/>
        <source>The secure connection (TLS) could not be established.</source>
        <translation>Die sichere Verbindung (TLS) konnte nicht hergestellt werden.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="63"/>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="69"/>
        <location filename="../app/cli/cliargs.cpp" line="73"/>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="85"/>
        <source>option --%1 needs a value</source>
        <translation>Option --%1 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="90"/>
        <source>option --%1 takes no value</source>
        <translation>Option --%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="95"/>
        <source>option --%1 given twice</source>
        <translation>Option --%1 wurde zweimal angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="115"/>
        <source>print the result as JSON</source>
        <translation>das Ergebnis als JSON ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="121"/>
        <source>give up after S seconds</source>
        <translation>nach S Sekunden aufgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="127"/>
        <source>use DIR for settings and data instead of the default location</source>
        <translation>DIR statt des Standardorts für Einstellungen und Daten verwenden</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="134"/>
        <source>use the language CODE (e.g. de, fr) instead of the system&apos;s</source>
        <translation>die Sprache CODE (z.&#xa0;B. de, fr) statt der Systemsprache verwenden</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="141"/>
        <source>say more on stderr</source>
        <translation>ausführlichere Meldungen auf stderr ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="147"/>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_version.cpp" line="41"/>
        <source>print the version and the libraries in use</source>
        <translation>die Version und die verwendeten Bibliotheken ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="19"/>
        <source>Usage: mailwright-cli COMMAND [OPTIONS]

Commands:</source>
        <translation>Aufruf: mailwright-cli BEFEHL [OPTIONEN]

Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="22"/>
        <source>
Global options (accepted anywhere after the command):</source>
        <translation>
Globale Optionen (überall nach dem Befehl erlaubt):</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26"/>
        <source>
&apos;mailwright-cli COMMAND --help&apos; describes one command. See docs/cli.md.</source>
        <translation>
„mailwright-cli BEFEHL --help“ beschreibt einen Befehl. Siehe docs/cli.md.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32"/>
        <source>Usage: mailwright-cli %1 %2

%3
</source>
        <translation>Aufruf: mailwright-cli %1 %2

%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="66"/>
        <source>mailwright-cli: no translation for &apos;%1&apos;; available: %2</source>
        <translation>mailwright-cli: keine Übersetzung für „%1“; verfügbar: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="92"/>
        <location filename="../app/cli/sendcommon.cpp" line="107"/>
        <source>Try &apos;mailwright-cli %1 --help&apos;.</source>
        <translation>Hilfe gibt „mailwright-cli %1 --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="105"/>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout braucht eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="114"/>
        <source>mailwright-cli: unknown command &apos;%1&apos;. Try &apos;mailwright-cli --help&apos;.</source>
        <translation>mailwright-cli: unbekannter Befehl „%1“. Hilfe gibt „mailwright-cli --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountjson.cpp" line="70"/>
        <source>missing &apos;]&apos; in &quot;%1&quot;</source>
        <translation>fehlendes „]“ in „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/accountjson.cpp" line="76"/>
        <source>expected HOST:PORT, got &quot;%1&quot;</source>
        <translation>HOST:PORT erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <location filename="../app/cli/accountjson.cpp" line="88"/>
        <source>missing host name in &quot;%1&quot;</source>
        <translation>fehlender Hostname in „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/accountjson.cpp" line="96"/>
        <source>bad port &quot;%1&quot; (1-65535)</source>
        <translation>ungültiger Port „%1“ (1–65535)</translation>
    </message>
    <message>
        <location filename="../app/cli/clipassword.cpp" line="57"/>
        <location filename="../app/cli/sendcommon.cpp" line="53"/>
        <source>give the password with only one of --password-stdin or --password-env</source>
        <translation>geben Sie das Passwort nur mit einer der Optionen --password-stdin oder --password-env an</translation>
    </message>
    <message>
        <location filename="../app/cli/clipassword.cpp" line="31"/>
        <source>the environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../app/cli/clipassword.cpp" line="40"/>
        <source>the password is empty</source>
        <translation>das Passwort ist leer</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="49"/>
        <source>Try &apos;mailwright-cli account --help&apos;.</source>
        <translation>Hilfe gibt „mailwright-cli account --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="62"/>
        <source>Nothing was changed. Start a Secret Service (for example gnome-keyring-daemon) in this session, then try again.</source>
        <translation>Es wurde nichts geändert. Starten Sie in dieser Sitzung einen Secret Service (zum Beispiel gnome-keyring-daemon) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="98"/>
        <source>give the password with exactly one of --password-stdin or --password-env VAR (never on the command line)</source>
        <translation>geben Sie das Passwort mit genau einer der Optionen --password-stdin oder --password-env VAR an (niemals auf der Befehlszeile)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="111"/>
        <source>--%1-security must be implicit, starttls or none, not &quot;%2&quot;</source>
        <translation>--%1-security muss implicit, starttls oder none sein, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="163"/>
        <source>No usable outgoing server was found for %1.</source>
        <translation>Für %1 wurde kein brauchbarer Postausgangsserver gefunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="193"/>
        <source>account add needs --address ADDRESS</source>
        <translation>account add braucht --address ADDRESS</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="198"/>
        <source>account add needs --smtp HOST:PORT or --detect ADDRESS</source>
        <translation>account add braucht --smtp HOST:PORT oder --detect ADDRESS</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="204"/>
        <source>give either --imap or --pop3, not both</source>
        <translation>geben Sie entweder --imap oder --pop3 an, nicht beide</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="221"/>
        <source>The CA file %1 does not exist or cannot be read.</source>
        <translation>Die CA-Datei %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="238"/>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Es gibt bereits ein Konto namens „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="254"/>
        <source>Account &quot;%1&quot; added; its password is in the keychain.</source>
        <translation>Konto „%1“ hinzugefügt; sein Passwort liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="288"/>
        <source>Account:   %1</source>
        <translation>Konto:      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="290"/>
        <source>Identity:  %1 &lt;%2&gt;</source>
        <translation>Identität:  %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="292"/>
        <source>SMTP:      %1:%2 (%3), user %4, auth %5</source>
        <translation>SMTP:       %1:%2 (%3), Benutzer %4, Anmeldung %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="297"/>
        <source>Incoming:  %1 %2:%3 (%4), user %5</source>
        <translation>Eingehend:  %1 %2:%3 (%4), Benutzer %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="302"/>
        <source>Incoming:  none</source>
        <translation>Eingehend:  keiner</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="304"/>
        <source>CA file:   %1</source>
        <translation>CA-Datei:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="305"/>
        <source>Check:     every %1 minutes</source>
        <translation>Abruf:      alle %1 Minuten</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="317"/>
        <source>The account was kept. Start the keychain and try again, or add --force to remove only the settings.</source>
        <translation>Das Konto wurde behalten. Starten Sie den Schlüsselbund und versuchen Sie es erneut, oder geben Sie --force an, um nur die Einstellungen zu entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="328"/>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>Konto „%1“ entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="342"/>
        <source>--server must be smtp, incoming or both (and the account must have that server)</source>
        <translation>--server muss smtp, incoming oder both sein (und das Konto muss diesen Server haben)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="354"/>
        <source>Password of &quot;%1&quot; stored in the keychain.</source>
        <translation>Passwort von „%1“ im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="363"/>
        <source>missing subcommand: add, list, show, remove or set-password</source>
        <translation>Unterbefehl fehlt: add, list, show, remove oder set-password</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="369"/>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="371"/>
        <source>account %1 needs exactly one NAME</source>
        <translation>account %1 braucht genau einen NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="372"/>
        <source>account list takes no NAME</source>
        <translation>account list nimmt keinen NAME an</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="385"/>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="400"/>
        <source>add, list, show, remove accounts and set their passwords</source>
        <translation>Konten hinzufügen, auflisten, anzeigen, entfernen und ihre Passwörter setzen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="405"/>
        <source>email address of the account (add)</source>
        <translation>E-Mail-Adresse des Kontos (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="408"/>
        <source>find the servers for ADDRESS and test the login instead of --smtp (add)</source>
        <translation>die Server für ADDRESS suchen und die Anmeldung testen, statt --smtp (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="412"/>
        <source>name shown to recipients (add)</source>
        <translation>Name, den Empfänger sehen (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="413"/>
        <source>outgoing server (add)</source>
        <translation>Postausgangsserver (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="415"/>
        <location filename="../app/cli/cmd_account.cpp" line="418"/>
        <location filename="../app/cli/cmd_account.cpp" line="421"/>
        <source>implicit, starttls or none (add)</source>
        <translation>implicit, starttls oder none (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="416"/>
        <source>incoming IMAP server (add)</source>
        <translation>Posteingangsserver mit IMAP (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="419"/>
        <source>incoming POP3 server (add)</source>
        <translation>Posteingangsserver mit POP3 (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="423"/>
        <source>login name for both servers; default: the address (add)</source>
        <translation>Anmeldename für beide Server; Standard: die Adresse (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="426"/>
        <source>also trust this CA certificate (add)</source>
        <translation>zusätzlich diesem CA-Zertifikat vertrauen (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="428"/>
        <location filename="../app/cli/cmd_detect.cpp" line="100"/>
        <location filename="../app/cli/cmd_probe.cpp" line="213"/>
        <source>read the password from standard input</source>
        <translation>das Passwort von der Standardeingabe lesen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="430"/>
        <location filename="../app/cli/cmd_detect.cpp" line="98"/>
        <location filename="../app/cli/cmd_probe.cpp" line="211"/>
        <source>read the password from environment variable VAR</source>
        <translation>das Passwort aus der Umgebungsvariablen VAR lesen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="433"/>
        <source>smtp, incoming or both (set-password; default both)</source>
        <translation>smtp, incoming oder both (set-password; Standard: both)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="435"/>
        <source>remove the settings even if the keychain fails (remove)</source>
        <translation>die Einstellungen auch dann entfernen, wenn der Schlüsselbund versagt (remove)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="40"/>
        <source>%1: %2 port %3, %4 (from %5)</source>
        <translation>%1: %2 Port %3, %4 (aus %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="45"/>
        <source>%1: nothing usable found</source>
        <translation>%1: nichts Brauchbares gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="51"/>
        <location filename="../app/cli/cmd_probe.cpp" line="63"/>
        <source>Login as %1: ok</source>
        <translation>Anmeldung als %1: OK</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="54"/>
        <source>Login failed: %1 %2</source>
        <translation>Anmeldung fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="56"/>
        <source>Done in %1 ms.</source>
        <translation>Fertig nach %1 ms.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="63"/>
        <source>mailwright-cli detect: give one email address, e.g. mailwright-cli detect alice@example.org</source>
        <translation>mailwright-cli detect: geben Sie eine E-Mail-Adresse an, z. B. mailwright-cli detect alice@example.org</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="93"/>
        <source>find the servers for an address (table, SRV, autoconfig, MX, probe), log in</source>
        <translation>die Server für eine Adresse finden (Tabelle, SRV, Autoconfig, MX, Portprobe) und anmelden</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="101"/>
        <source>skip the login test</source>
        <translation>den Anmeldetest überspringen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="103"/>
        <source>also offer servers without encryption</source>
        <translation>auch Server ohne Verschlüsselung anbieten</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="105"/>
        <location filename="../app/cli/cmd_probe.cpp" line="218"/>
        <source>also trust the CA certificates in PEM</source>
        <translation>zusätzlich den CA-Zertifikaten in PEM vertrauen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="20"/>
        <source>--account is required</source>
        <translation>--account ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="28"/>
        <source>--limit needs a positive number</source>
        <translation>--limit braucht eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="37"/>
        <source>no folder &apos;%1&apos; for account &apos;%2&apos; in the cache; run &apos;mailwright-cli sync&apos; first</source>
        <translation>kein Ordner „%1“ für Konto „%2“ im Cache; führen Sie zuerst „mailwright-cli sync“ aus</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="78"/>
        <source>at most N messages (default 50)</source>
        <translation>höchstens N Nachrichten (Standard: 50)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="81"/>
        <source>only messages with these words (subject, addresses, fetched bodies)</source>
        <translation>nur Nachrichten mit diesen Wörtern (Betreff, Adressen, abgerufene Texte)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="85"/>
        <source>list cached messages, newest first</source>
        <translation>Nachrichten im Cache auflisten, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="42"/>
        <source>TLS: %1, %2; certificate for %3, issued by %4, valid until %5%6</source>
        <translation>TLS: %1, %2; Zertifikat für %3, ausgestellt von %4, gültig bis %5%6</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="45"/>
        <source> (pinned)</source>
        <translation> (festgelegt)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="53"/>
        <source>Certificate: %1, issued by %2, names %3, valid %4 to %5, SHA-256 %6</source>
        <translation>Zertifikat: %1, ausgestellt von %2, Namen %3, gültig von %4 bis %5, SHA-256 %6</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="58"/>
        <location filename="../app/cli/cmd_probe.cpp" line="60"/>
        <source>Capabilities: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="65"/>
        <source>Login as %1 failed: %2 %3</source>
        <translation>Anmeldung als %1 fehlgeschlagen: %2 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="77"/>
        <source>usage: probe smtp|imap|pop3 HOST [--port N] [--security S]</source>
        <translation>Aufruf: probe smtp|imap|pop3 HOST [--port N] [--security S]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="80"/>
        <source>unknown protocol &quot;%1&quot; (smtp, imap or pop3)</source>
        <translation>unbekanntes Protokoll „%1“ (smtp, imap oder pop3)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="83"/>
        <source>bad host name &quot;%1&quot;</source>
        <translation>ungültiger Hostname „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="90"/>
        <source>--port must be 1-65535</source>
        <translation>--port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="113"/>
        <source>--security must be auto, implicit, starttls or none</source>
        <translation>--security muss auto, implicit, starttls oder none sein</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="133"/>
        <source>a login test needs --user U</source>
        <translation>ein Anmeldetest braucht --user U</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="135"/>
        <source>--user needs --password-env VAR or --password-stdin</source>
        <translation>--user braucht --password-env VAR oder --password-stdin</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="201"/>
        <source>connect to one server, show TLS and capabilities, optionally log in</source>
        <translation>mit einem Server verbinden, TLS und Fähigkeiten anzeigen, optional anmelden</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="206"/>
        <source>port (default: the protocol&apos;s)</source>
        <translation>Port (Standard: der des Protokolls)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="208"/>
        <source>auto, implicit, starttls or none</source>
        <translation>auto, implicit, starttls oder none</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="209"/>
        <source>log in as U (login test)</source>
        <translation>als U anmelden (Anmeldetest)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="215"/>
        <source>print the protocol transcript (passwords redacted)</source>
        <translation>das Protokoll-Transkript ausgeben (Passwörter geschwärzt)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="27"/>
        <source>--uid needs a message UID</source>
        <translation>--uid braucht eine Nachrichten-UID</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="46"/>
        <source>message %1 is not in the cache; give the server options to fetch it</source>
        <translation>Nachricht %1 ist nicht im Cache; geben Sie die Serveroptionen an, um sie abzurufen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="89"/>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="90"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="92"/>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="93"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="97"/>
        <source>[attachment] %1 (%2, %3 bytes)</source>
        <translation>[Anhang] %1 (%2, %3 Byte)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="109"/>
        <source>the message&apos;s UID</source>
        <translation>die UID der Nachricht</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="114"/>
        <source>the exact bytes (base64 in JSON)</source>
        <translation>die exakten Bytes (in JSON als Base64)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="118"/>
        <source>show a message (fetched on demand, never marked read)</source>
        <translation>eine Nachricht anzeigen (bei Bedarf abgerufen, nie als gelesen markiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="54"/>
        <source>%1 (POP3): %2 new, %3 deleted on the server, %4 on the server; %5 messages, %6 unread</source>
        <translation>%1 (POP3): %2 neu, %3 auf dem Server gelöscht, %4 auf dem Server; %5 Nachrichten, %6 ungelesen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="119"/>
        <source>%1: %2 new, %3 flag changes, %4 removed%5; %6 messages, %7 unread</source>
        <translation>%1: %2 neu, %3 Markierungsänderungen, %4 entfernt%5; %6 Nachrichten, %7 ungelesen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="126"/>
        <source> (UIDVALIDITY changed: refetched)</source>
        <translation> (UIDVALIDITY geändert: neu abgerufen)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="157"/>
        <source>sync every folder</source>
        <translation>alle Ordner synchronisieren</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="160"/>
        <source>messages per batch (default 5000)</source>
        <translation>Nachrichten pro Durchgang (Standard: 5000)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="164"/>
        <source>fetch new messages and flag changes into the cache</source>
        <translation>neue Nachrichten und Markierungsänderungen in den Cache holen</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="32"/>
        <source>the account (its cache entries)</source>
        <translation>das Konto (seine Einträge im Cache)</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="34"/>
        <source>folder path, &apos;/&apos; between levels (default INBOX)</source>
        <translation>Ordnerpfad, &apos;/&apos; zwischen den Ebenen (Standard: INBOX)</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="43"/>
        <source>server host (ad hoc account)</source>
        <translation>Serverhost (Ad-hoc-Konto)</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="44"/>
        <source>server port</source>
        <translation>Serverport</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="46"/>
        <source>implicit, starttls or none (default implicit)</source>
        <translation>implicit, starttls oder none (Standard: implicit)</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="47"/>
        <source>login name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="49"/>
        <source>environment variable holding the password</source>
        <translation>Umgebungsvariable mit dem Passwort</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="51"/>
        <source>extra trusted CA certificates</source>
        <translation>zusätzliche vertrauenswürdige CA-Zertifikate</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="53"/>
        <source>imap (default) or pop3</source>
        <translation>imap (Standard) oder pop3</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="55"/>
        <source>POP3 (ad hoc): delete from the server N days after download</source>
        <translation>POP3 (ad hoc): N Tage nach dem Herunterladen vom Server löschen</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="60"/>
        <source>POP3 (ad hoc): delete from the server once downloaded</source>
        <translation>POP3 (ad hoc): nach dem Herunterladen vom Server löschen</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="121"/>
        <source>give --account NAME (see &apos;mailwright-cli account list&apos;) or the server options (--host ...)</source>
        <translation>geben Sie --account NAME (siehe „mailwright-cli account list“) oder die Serveroptionen (--host ...) an</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="130"/>
        <source>no account named &apos;%1&apos;; see &apos;mailwright-cli account list&apos;</source>
        <translation>kein Konto namens „%1“; siehe „mailwright-cli account list“</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="134"/>
        <source>the account &apos;%1&apos; has no incoming server</source>
        <translation>das Konto „%1“ hat keinen Posteingangsserver</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="163"/>
        <source>no password stored for &apos;%1&apos;; run &apos;mailwright-cli account set-password %1&apos; or give --password-env VAR</source>
        <translation>kein Passwort für „%1“ gespeichert; führen Sie „mailwright-cli account set-password %1“ aus oder geben Sie --password-env VAR an</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="196"/>
        <source>--protocol must be imap or pop3</source>
        <translation>--protocol muss imap oder pop3 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="202"/>
        <source>--security must be implicit, starttls or none</source>
        <translation>--security muss implicit, starttls oder none sein</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="210"/>
        <source>--port needs a port number</source>
        <translation>--port braucht eine Portnummer</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="225"/>
        <source>--user and --password-env are required with --host</source>
        <translation>--user und --password-env sind mit --host erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="97"/>
        <source>Mail for %1 waits in the outbox; flush it with the same server options it was sent with.</source>
        <translation>Post für %1 wartet im Postausgang; leeren Sie ihn mit denselben Serveroptionen, mit denen sie gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="132"/>
        <source>%1 needs one message id</source>
        <translation>%1 braucht genau eine Nachrichten-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="142"/>
        <source>message %1 is due now</source>
        <translation>Nachricht %1 ist jetzt fällig</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="143"/>
        <source>message %1 deleted</source>
        <translation>Nachricht %1 gelöscht</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="152"/>
        <source>say list, flush, retry ID or delete ID</source>
        <translation>geben Sie list, flush, retry ID oder delete ID an</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="154"/>
        <source>server options belong to outbox flush</source>
        <translation>Serveroptionen gehören zu outbox flush</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="164"/>
        <source>unknown outbox command %1</source>
        <translation>unbekannter outbox-Befehl %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="171"/>
        <source>list, flush, retry or delete queued mail</source>
        <translation>Post im Postausgang auflisten, senden, erneut versuchen oder löschen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="98"/>
        <source>compose mode needs --from ADDRESS</source>
        <translation>der Verfassen-Modus braucht --from ADDRESS</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="109"/>
        <source>give at least one recipient (--to, --cc, --bcc)</source>
        <translation>geben Sie mindestens einen Empfänger an (--to, --cc, --bcc)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="115"/>
        <source>Cannot read the body file %1.</source>
        <translation>Die Textdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="124"/>
        <source>Cannot read the HTML file %1.</source>
        <translation>Die HTML-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="175"/>
        <source>%1 has no From header; give --from.</source>
        <translation>%1 hat keinen From-Header; geben Sie --from an.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="190"/>
        <source>%1: no recipients; give --to/--cc/--bcc or -t</source>
        <translation>%1: keine Empfänger; geben Sie --to/--cc/--bcc oder -t an</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="217"/>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="219"/>
        <source>-t reads the recipients of --eml files</source>
        <translation>-t liest die Empfänger aus --eml-Dateien</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="224"/>
        <source>--%1 composes a message; it cannot be combined with --eml</source>
        <translation>--%1 verfasst eine Nachricht; es kann nicht mit --eml kombiniert werden</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="254"/>
        <source>--eml needs at least one file</source>
        <translation>--eml braucht mindestens eine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="288"/>
        <source>queued: message %1</source>
        <translation>in den Postausgang gestellt: Nachricht %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="341"/>
        <source>send mail (compose or prepared .eml files) through the outbox</source>
        <translation>Post über den Postausgang senden (verfasst oder als fertige .eml-Dateien)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="44"/>
        <location filename="../app/cli/sendcommon.cpp" line="216"/>
        <source>standard input cannot carry both the body and the password</source>
        <translation>die Standardeingabe kann nicht zugleich den Text und das Passwort liefern</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="147"/>
        <source>There is no account named %1.</source>
        <translation>Es gibt kein Konto namens %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="164"/>
        <source>No password is stored for account %1; use &apos;mailwright-cli account set-password %1&apos;.</source>
        <translation>Für das Konto %1 ist kein Passwort gespeichert; verwenden Sie „mailwright-cli account set-password %1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="206"/>
        <source>name the server with either --account NAME or --smtp-host HOST</source>
        <translation>geben Sie den Server entweder mit --account NAME oder mit --smtp-host HOST an</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="211"/>
        <source>--%1 belongs to an ad-hoc server, not to --account</source>
        <translation>--%1 gehört zu einem Ad-hoc-Server, nicht zu --account</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="224"/>
        <source>--security must be implicit, starttls or none, not &quot;%1&quot;</source>
        <translation>--security muss implicit, starttls oder none sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="230"/>
        <source>--smtp-port needs a port number</source>
        <translation>--smtp-port braucht eine Portnummer</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="255"/>
        <source>--user needs --password-env VAR or --password-stdin (never the password itself on the command line)</source>
        <translation>--user braucht --password-env VAR oder --password-stdin (niemals das Passwort selbst auf der Befehlszeile)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="258"/>
        <source>a password needs --user</source>
        <translation>ein Passwort braucht --user</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="379"/>
        <source>sent: message %1 (%2 bytes)</source>
        <translation>gesendet: Nachricht %1 (%2 Byte)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="382"/>
        <source>queued for retry</source>
        <translation>wartet auf erneuten Versuch</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="383"/>
        <source>held</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="384"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="386"/>
        <source>%1: message %2: %3</source>
        <translation>%1: Nachricht %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="388"/>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sendcommon.cpp" line="397"/>
        <source>%n SMTP connection(s)</source>
        <translation>
            <numerusform>%n SMTP-Verbindung</numerusform>
            <numerusform>%n SMTP-Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="400"/>
        <source>The copy to the Sent folder failed (the mail was sent): %1</source>
        <translation>Die Kopie in den Ordner „Gesendet“ ist fehlgeschlagen (die Nachricht wurde gesendet): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="298"/>
        <location filename="../app/cli/sendcommon.cpp" line="403"/>
        <source>The outbox failed: %1</source>
        <translation>Der Postausgang ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>mailwright::AboutDialog</name>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="32"/>
        <source>About Mailwright</source>
        <translation>Über Mailwright</translation>
    </message>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="35"/>
        <source>&lt;h3&gt;Mailwright %1&lt;/h3&gt;&lt;p&gt;A desktop email client.&lt;/p&gt;&lt;p&gt;Copyright the Mailwright developers. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Mailwright comes with absolutely no warranty. It uses VMime, Qt, QtKeychain and OpenSSL; see the other tabs for the licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mailwright %1&lt;/h3&gt;&lt;p&gt;Ein E-Mail-Programm für den Desktop.&lt;/p&gt;&lt;p&gt;Copyright die Mailwright-Entwickler. Lizenziert unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Mailwright wird ohne jegliche Gewährleistung bereitgestellt. Es verwendet VMime, Qt, QtKeychain und OpenSSL; deren Lizenzen stehen auf den anderen Registerkarten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="61"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="62"/>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="63"/>
        <source>&amp;Third-party notices</source>
        <translation>&amp;Hinweise zu Drittsoftware</translation>
    </message>
</context>
<context>
    <name>mailwright::AccountEditor</name>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="39"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="42"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="43"/>
        <source>&amp;Servers</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="44"/>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="54"/>
        <source>&amp;Test settings…</source>
        <translation>Einstellungen &amp;testen…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="72"/>
        <source>e.g. Work</source>
        <translation>z. B. Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="77"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="79"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="81"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="96"/>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="97"/>
        <source>Identities (the first one is the default):</source>
        <translation>Identitäten (die erste ist die Standardidentität):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="115"/>
        <source>default: the email address</source>
        <translation>Standard: die E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="125"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="129"/>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="130"/>
        <source>Outgoing (SMTP)</source>
        <translation>Postausgang (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="132"/>
        <location filename="../ui/accounts/accounteditor.cpp" line="147"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="133"/>
        <location filename="../ui/accounts/accounteditor.cpp" line="148"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="134"/>
        <location filename="../ui/accounts/accounteditor.cpp" line="149"/>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="135"/>
        <location filename="../ui/accounts/accounteditor.cpp" line="150"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="136"/>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="140"/>
        <source>None (send only)</source>
        <translation>Keiner (nur senden)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="144"/>
        <source>Incoming</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="146"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="169"/>
        <source>optional: an extra CA certificate (PEM) to trust</source>
        <translation>optional: ein zusätzliches CA-Zertifikat (PEM), dem vertraut wird</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="170"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="172"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="173"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="186"/>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="198"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="199"/>
        <source>only on request</source>
        <translation>nur auf Anforderung</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="200"/>
        <source>Save a copy of sent messages in the Sent folder</source>
        <translation>Eine Kopie gesendeter Nachrichten im Ordner „Gesendet“ speichern</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="202"/>
        <source>POP3: leave messages on the server</source>
        <translation>POP3: Nachrichten auf dem Server lassen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="207"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="208"/>
        <source>never delete</source>
        <translation>nie löschen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="213"/>
        <source>Check for new mail every:</source>
        <translation>Abrufintervall:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="216"/>
        <source>Delete from the server after:</source>
        <translation>Vom Server löschen nach:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="217"/>
        <source>Sent folder:</source>
        <translation>Ordner „Gesendet“:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="218"/>
        <source>Drafts folder:</source>
        <translation>Ordner „Entwürfe“:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="219"/>
        <source>Trash folder:</source>
        <translation>Ordner „Papierkorb“:</translation>
    </message>
</context>
<context>
    <name>mailwright::AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="30"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="34"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="37"/>
        <source>Add &amp;manually…</source>
        <translation>&amp;Manuell hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="40"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="42"/>
        <source>Set &amp;password…</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="44"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="119"/>
        <source>Account &quot;%1&quot; added; its password is in the keychain.</source>
        <translation>Konto „%1“ hinzugefügt; sein Passwort liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="122"/>
        <source>Account &quot;%1&quot; added; its password is kept for this session only.</source>
        <translation>Konto „%1“ hinzugefügt; sein Passwort wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="135"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="142"/>
        <source>Account &quot;%1&quot; added.</source>
        <translation>Konto „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="155"/>
        <source>Edit account &quot;%1&quot;</source>
        <translation>Konto „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="170"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="171"/>
        <source>Remove the account &quot;%1&quot;?

Its settings and its passwords in the keychain will be deleted. Messages on the server are not touched.</source>
        <translation>Das Konto „%1“ entfernen?

Seine Einstellungen und seine Passwörter im Schlüsselbund werden gelöscht. Nachrichten auf dem Server bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="177"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="190"/>
        <source>Removing &quot;%1&quot;…</source>
        <translation>„%1“ wird entfernt…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="200"/>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>Konto „%1“ entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="202"/>
        <source>Account &quot;%1&quot; removed, but its passwords could not be removed from the keychain: %2</source>
        <translation>Konto „%1“ entfernt, aber seine Passwörter konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="221"/>
        <location filename="../ui/accounts/accountsdialog.cpp" line="256"/>
        <source>Enter the password of %1 for the account &quot;%2&quot;.</source>
        <translation>Geben Sie das Passwort für %1 des Kontos „%2“ ein.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="243"/>
        <source>Password of &quot;%1&quot; saved in the keychain.</source>
        <translation>Passwort von „%1“ im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="244"/>
        <source>Password of &quot;%1&quot; kept for this session only.</source>
        <translation>Passwort von „%1“ wird nur für diese Sitzung behalten.</translation>
    </message>
</context>
<context>
    <name>mailwright::AddressField</name>
    <message>
        <location filename="../ui/compose/addressfield.cpp" line="72"/>
        <source>“%1” — %2</source>
        <translation>„%1“ — %2</translation>
    </message>
</context>
<context>
    <name>mailwright::AddressPage</name>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="105"/>
        <source>Your email address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="106"/>
        <source>Mailwright finds the servers and checks that sending works before it saves anything.</source>
        <translation>Mailwright sucht die Server und prüft, ob das Senden funktioniert, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="110"/>
        <source>Alice Example</source>
        <translation>Erika Mustermann</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="113"/>
        <source>alice@example.org</source>
        <translation>erika@example.org</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="119"/>
        <source>same as the address</source>
        <translation>wie die Adresse</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="120"/>
        <source>Also offer servers without encryption (not recommended)</source>
        <translation>Auch Server ohne Verschlüsselung anbieten (nicht empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="122"/>
        <source>Set up &amp;manually…</source>
        <translation>&amp;Manuell einrichten…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="129"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="130"/>
        <source>Email &amp;address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="131"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="132"/>
        <source>Account na&amp;me:</source>
        <translation>&amp;Kontoname:</translation>
    </message>
</context>
<context>
    <name>mailwright::AttachmentList</name>
    <message>
        <location filename="../ui/compose/attachmentlist.cpp" line="52"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mailwright::ComposeController</name>
    <message>
        <location filename="../ui/compose/composecontroller.cpp" line="85"/>
        <source>The unsent message was kept as a draft.</source>
        <translation>Die nicht gesendete Nachricht wurde als Entwurf aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composecontroller.cpp" line="161"/>
        <source>Sending is not available.</source>
        <translation>Senden ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composecontroller.cpp" line="162"/>
        <source>The account “%1” no longer exists.</source>
        <translation>Das Konto „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composecontroller.cpp" line="223"/>
        <location filename="../ui/compose/composecontroller.cpp" line="271"/>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location filename="../ui/compose/composecontroller.cpp" line="274"/>
        <source>An attachment could not be restored: %1</source>
        <translation>Ein Anhang konnte nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>mailwright::ComposerWindow</name>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="55"/>
        <location filename="../ui/compose/composerwindow.cpp" line="164"/>
        <source>New Message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="102"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="104"/>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="125"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="126"/>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="127"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="128"/>
        <source>&amp;Bcc:</source>
        <translation>&amp;Bcc:</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="129"/>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="179"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="181"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="184"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="191"/>
        <source>&amp;Attach…</source>
        <translation>An&amp;hängen…</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="195"/>
        <source>Save &amp;Draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="199"/>
        <source>D&amp;iscard</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="201"/>
        <source>&amp;Rich Text</source>
        <translation>&amp;Formatierter Text</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="206"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="219"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="222"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="224"/>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="237"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="384"/>
        <source>These files cannot be attached (missing, a folder, or not readable):
%1</source>
        <translation>Diese Dateien können nicht angehängt werden (fehlen, sind Ordner oder nicht lesbar):
%1</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="419"/>
        <source>Ignored from the link: %1</source>
        <translation>Aus dem Link ignoriert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/composerwindow_send.cpp" line="74"/>
        <source>%n attachment(s), %1 — message about %2</source>
        <translation>
            <numerusform>%n Anhang, %1 — Nachricht insgesamt etwa %2</numerusform>
            <numerusform>%n Anhänge, %1 — Nachricht insgesamt etwa %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="80"/>
        <source>This message is about %1 when sent, but the server of account “%2” accepts at most %3. Remove or shrink attachments, or share large files by link.</source>
        <translation>Diese Nachricht ist beim Senden etwa %1 groß, aber der Server des Kontos „%2“ nimmt höchstens %3 an. Entfernen oder verkleinern Sie Anhänge, oder teilen Sie große Dateien per Link.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="95"/>
        <source>Choose the account to send from (From). Add one in Settings ▸ Accounts.</source>
        <translation>Wählen Sie das Konto, von dem gesendet wird (Von). Fügen Sie eines unter Einstellungen ▸ Konten hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="114"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="114"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="114"/>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="120"/>
        <source>%1: “%2” is not a valid address: %3</source>
        <translation>%1: „%2“ ist keine gültige Adresse: %3</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="123"/>
        <source>The message was not sent.</source>
        <translation>Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="127"/>
        <source>The message was not sent: add at least one recipient (To, Cc or Bcc).</source>
        <translation>Die Nachricht wurde nicht gesendet: Fügen Sie mindestens einen Empfänger hinzu (An, Cc oder Bcc).</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="131"/>
        <source>The message was not sent: at about %1 it is larger than the %2 the server of account “%3” accepts.</source>
        <translation>Die Nachricht wurde nicht gesendet: Mit etwa %1 ist sie größer als die %2, die der Server des Kontos „%3“ annimmt.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="140"/>
        <source>The message was not sent: the attachment %1 can no longer be read.</source>
        <translation>Die Nachricht wurde nicht gesendet: Der Anhang %1 kann nicht mehr gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/composerwindow_send.cpp" line="215"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Senden in %n Sekunde…</numerusform>
            <numerusform>Senden in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="226"/>
        <source>Sending cancelled. The message was not sent.</source>
        <translation>Senden abgebrochen. Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="240"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="265"/>
        <source>The message could not be queued: %1</source>
        <translation>Die Nachricht konnte nicht in den Postausgang gestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="314"/>
        <source>Draft saved at %1.</source>
        <translation>Entwurf um %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="383"/>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
</context>
<context>
    <name>mailwright::DetectPage</name>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="32"/>
        <source>answers</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="34"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="36"/>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="81"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="38"/>
        <source>name unknown</source>
        <translation>Name unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="40"/>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="42"/>
        <source>certificate problem</source>
        <translation>Zertifikatsproblem</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="44"/>
        <source>no STARTTLS</source>
        <translation>kein STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="46"/>
        <source>not a mail server</source>
        <translation>kein Mailserver</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="54"/>
        <source>built-in provider table</source>
        <translation>eingebaute Anbietertabelle</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="56"/>
        <source>DNS SRV record</source>
        <translation>DNS-SRV-Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="58"/>
        <source>provider&apos;s autoconfig</source>
        <translation>Autoconfig des Anbieters</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="60"/>
        <source>mail exchanger (MX)</source>
        <translation>Mail-Exchanger (MX)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="62"/>
        <source>port probe</source>
        <translation>Portprobe</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="64"/>
        <source>usual server names</source>
        <translation>übliche Servernamen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="73"/>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="75"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="77"/>
        <source>no records</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="79"/>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="83"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="85"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="171"/>
        <source>Looking for your servers</source>
        <translation>Suche nach Ihren Servern</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="172"/>
        <source>All sources and servers are asked at once; each line shows where a setting came from and how the server answered.</source>
        <translation>Alle Quellen und Server werden gleichzeitig gefragt; jede Zeile zeigt, woher eine Einstellung stammt und wie der Server geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="177"/>
        <source>Server or lookup</source>
        <translation>Server oder Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="177"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="177"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="177"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="221"/>
        <source>Done in %1 s.</source>
        <translation>Fertig nach %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="222"/>
        <source>No usable outgoing server found (%1 s).</source>
        <translation>Kein brauchbarer Postausgangsserver gefunden (%1 s).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="239"/>
        <source>Asking…</source>
        <translation>Wird abgefragt…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="281"/>
        <source>trying…</source>
        <translation>wird versucht…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="290"/>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
</context>
<context>
    <name>mailwright::DraftOpening</name>
    <message>
        <location filename="../ui/main/draftopening.cpp" line="28"/>
        <source>&amp;Edit Draft</source>
        <translation>Entwurf &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main/draftopening.cpp" line="31"/>
        <source>Open the selected draft in the composer</source>
        <translation>Den ausgewählten Entwurf im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/draftopening.cpp" line="89"/>
        <source>Select a draft first.</source>
        <translation>Wählen Sie zuerst einen Entwurf aus.</translation>
    </message>
    <message>
        <location filename="../ui/main/draftopening.cpp" line="94"/>
        <source>Only messages in the Drafts folder can be edited.</source>
        <translation>Nur Nachrichten im Ordner „Entwürfe“ können bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../ui/main/draftopening.cpp" line="99"/>
        <source>The draft could not be opened.</source>
        <translation>Der Entwurf konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>mailwright::DraftStore</name>
    <message>
        <location filename="../core/compose/draftstore.cpp" line="25"/>
        <source>The draft cannot be saved.</source>
        <translation>Der Entwurf kann nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>mailwright::DraftSync</name>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="127"/>
        <location filename="../ui/compose/draftsync.cpp" line="141"/>
        <source>Draft saved on this computer only: %1 is not connected.</source>
        <translation>Entwurf nur auf diesem Computer gespeichert: %1 ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="133"/>
        <source>Draft saved on this computer only: %1</source>
        <translation>Entwurf nur auf diesem Computer gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="145"/>
        <source>Saving the draft to the server…</source>
        <translation>Entwurf wird auf dem Server gespeichert …</translation>
    </message>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="172"/>
        <source>Draft saved on this computer only; the copy in the server&apos;s Drafts folder failed: %1</source>
        <translation>Entwurf nur auf diesem Computer gespeichert; die Kopie im Entwürfe-Ordner des Servers ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="178"/>
        <source>Draft saved to the server at %1.</source>
        <translation>Entwurf um %1 auf dem Server gespeichert.</translation>
    </message>
</context>
<context>
    <name>mailwright::FailureBanner</name>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="50"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="52"/>
        <source>Open &amp;Outbox</source>
        <translation>&amp;Postausgang öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="54"/>
        <location filename="../ui/main/failurebanner.cpp" line="83"/>
        <source>Show &amp;Details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="61"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="83"/>
        <source>Hide &amp;Details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="93"/>
        <source>A message could not be sent.</source>
        <translation>Eine Nachricht konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="94"/>
        <source>“%1” could not be sent.</source>
        <translation>„%1“ konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="98"/>
        <source>It stays in the Outbox and will be tried again.</source>
        <translation>Sie bleibt im Postausgang und wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="99"/>
        <source>It stays in the Outbox until you retry, edit or delete it.</source>
        <translation>Sie bleibt im Postausgang, bis Sie sie erneut senden, bearbeiten oder löschen.</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="104"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="106"/>
        <source>Reply code: %1 %2</source>
        <translation>Antwortcode: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="108"/>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="109"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="111"/>
        <source>Transcript (passwords removed):</source>
        <translation>Protokoll (ohne Passwörter):</translation>
    </message>
</context>
<context>
    <name>mailwright::IdentityEditor</name>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="18"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="24"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="27"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="31"/>
        <source>Added below &quot;-- &quot; at the end of new messages (plain text).</source>
        <translation>Wird am Ende neuer Nachrichten unter „-- “ eingefügt (reiner Text).</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="40"/>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="41"/>
        <source>&amp;Reply to:</source>
        <translation>&amp;Antwort an:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="42"/>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="73"/>
        <source>Enter a valid email address, such as name@example.org.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.org.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="75"/>
        <source>The reply-to address is not valid.</source>
        <translation>Die Antwortadresse ist ungültig.</translation>
    </message>
</context>
<context>
    <name>mailwright::IniAccountRepository</name>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="240"/>
        <source>The account settings in %1 were written by a newer version of Mailwright (schema %2; this version understands up to %3).</source>
        <translation>Die Kontoeinstellungen in %1 wurden von einer neueren Version von Mailwright geschrieben (Schema %2; diese Version versteht bis %3).</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="246"/>
        <source>The account settings in %1 have an unknown schema version %2.</source>
        <translation>Die Kontoeinstellungen in %1 haben die unbekannte Schemaversion %2.</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="258"/>
        <source>Could not keep a copy of the old account settings as %1.</source>
        <translation>Es konnte keine Kopie der alten Kontoeinstellungen als %1 angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="274"/>
        <source>The account settings in %1 cannot be read.</source>
        <translation>Die Kontoeinstellungen in %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="281"/>
        <source>The account name &quot;%1&quot; appears twice in %2; the second one is ignored.</source>
        <translation>Der Kontoname „%1“ kommt in %2 zweimal vor; der zweite Eintrag wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="299"/>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Es gibt bereits ein Konto namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="315"/>
        <location filename="../core/settings/accountrepository.cpp" line="329"/>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="342"/>
        <source>Could not create the settings directory %1.</source>
        <translation>Das Einstellungsverzeichnis %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="355"/>
        <source>Could not write the account settings to %1.</source>
        <translation>Die Kontoeinstellungen konnten nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>mailwright::LayeredSecretStore</name>
    <message>
        <location filename="../core/secrets/layeredsecretstore.cpp" line="83"/>
        <source>This password store cannot be written to.</source>
        <translation>In diesen Passwortspeicher kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>mailwright::MailController</name>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="58"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="60"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="62"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="64"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="66"/>
        <source>Junk</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="68"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="70"/>
        <source>All Mail</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="72"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="236"/>
        <source>%1: %2 messages, %3 unread</source>
        <translation>%1: %2 Nachrichten, %3 ungelesen</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="305"/>
        <source>In the folder %1.</source>
        <translation>Im Ordner %1.</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="330"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="331"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mail/mailcontroller.cpp" line="334"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="382"/>
        <location filename="../ui/mail/mailcontroller.cpp" line="446"/>
        <source>This message has not been downloaded yet.</source>
        <translation>Diese Nachricht wurde noch nicht heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="406"/>
        <source>The message could not be loaded: %1</source>
        <translation>Die Nachricht konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="443"/>
        <location filename="../ui/mail/mailcontroller_workers.cpp" line="186"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller_workers.cpp" line="109"/>
        <source>No password is stored for receiving mail of %1.</source>
        <translation>Für den Empfang von %1 ist kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>mailwright::MailWiring</name>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="33"/>
        <source>Password changed; receiving again.</source>
        <translation>Passwort geändert; es wird erneut empfangen.</translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="40"/>
        <source>Password needed: receiving is paused. Right-click the account and choose “Enter password…”, or use Settings ▸ Accounts ▸ Set password.</source>
        <translation>Passwort erforderlich: Der Empfang ist angehalten. Klicken Sie mit der rechten Maustaste auf das Konto und wählen Sie „Passwort eingeben…“, oder verwenden Sie Einstellungen ▸ Konten ▸ Passwort festlegen.</translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="67"/>
        <source>Cannot receive: the server refused the password.</source>
        <translation>Empfang nicht möglich: Der Server hat das Passwort abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="68"/>
        <source>Cannot receive: %1</source>
        <translation>Empfang nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="79"/>
        <source>Select a message first.</source>
        <translation>Wählen Sie zuerst eine Nachricht aus.</translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="86"/>
        <source>The message could not be answered.</source>
        <translation>Auf die Nachricht konnte nicht geantwortet werden.</translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="104"/>
        <source>%1 is not connected; nothing was deleted.</source>
        <translation>%1 ist nicht verbunden; es wurde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/mailwiring.cpp" line="108"/>
        <source>Deleting %n message(s)…</source>
        <translation>
            <numerusform>%n Nachricht wird gelöscht…</numerusform>
            <numerusform>%n Nachrichten werden gelöscht…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailwright::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="39"/>
        <source>Mailwright</source>
        <translation>Mailwright</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="44"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="59"/>
        <source>Search subject, people and text (Ctrl+F)</source>
        <translation>Betreff, Personen und Text durchsuchen (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/mainwindow.cpp" line="75"/>
        <source>%1: %n new message(s)</source>
        <translation>
            <numerusform>%1: %n neue Nachricht</numerusform>
            <numerusform>%1: %n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="106"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="128"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="130"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="165"/>
        <source>%1 — SMTP %2:%3</source>
        <translation>%1 — SMTP %2:%3</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="167"/>
        <source>, %1 %2:%3</source>
        <translation>, %1 %2:%3</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="186"/>
        <source>Enter &amp;password…</source>
        <translation>&amp;Passwort eingeben…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="210"/>
        <source>Account &quot;%1&quot; is ready.</source>
        <translation>Das Konto „%1“ ist bereit.</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="245"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="246"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="249"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="251"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="253"/>
        <source>A&amp;dd account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="258"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="259"/>
        <source>&amp;About Mailwright</source>
        <translation>&amp;Über Mailwright</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="33"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="36"/>
        <source>&amp;New Message</source>
        <translation>&amp;Neue Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="40"/>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="44"/>
        <source>Reply to &amp;All</source>
        <translation>Allen antw&amp;orten</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="48"/>
        <source>&amp;Forward</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="52"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="60"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="70"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="156"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mailwright::ManualPage</name>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="92"/>
        <source>TLS (implicit)</source>
        <translation>TLS (implizit)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="93"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="94"/>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="439"/>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="440"/>
        <source>Enter what your provider tells you, then test them.</source>
        <translation>Geben Sie ein, was Ihr Anbieter Ihnen nennt, und testen Sie es dann.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="452"/>
        <source>None (send only)</source>
        <translation>Keiner (nur senden)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="466"/>
        <source>the email address</source>
        <translation>die E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="467"/>
        <source>&amp;Test settings</source>
        <translation>Einstellungen &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="477"/>
        <source>&amp;Outgoing (SMTP):</source>
        <translation>&amp;Ausgehend (SMTP):</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="483"/>
        <source>&amp;Incoming:</source>
        <translation>&amp;Eingehend:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="484"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
</context>
<context>
    <name>mailwright::MessageListModel</name>
    <message>
        <location filename="../ui/mail/messagelistmodel.cpp" line="157"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../ui/mail/messagelistmodel.cpp" line="193"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/mail/messagelistmodel.cpp" line="195"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/mail/messagelistmodel.cpp" line="197"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>mailwright::MessageReader</name>
    <message>
        <location filename="../core/mime/messagereader.cpp" line="127"/>
        <source>The message cannot be read.</source>
        <translation>Die Nachricht kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>mailwright::MessageView</name>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="96"/>
        <source>Remote content was blocked to protect your privacy.</source>
        <translation>Externe Inhalte wurden zum Schutz Ihrer Privatsphäre blockiert.</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="97"/>
        <source>Load remote content</source>
        <translation>Externe Inhalte laden</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="104"/>
        <source>No message selected.</source>
        <translation>Keine Nachricht ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="114"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="116"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="176"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="177"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="178"/>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="178"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="187"/>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="237"/>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
</context>
<context>
    <name>mailwright::OutboxView</name>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="24"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="33"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="35"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="37"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="39"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="41"/>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="57"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="57"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="64"/>
        <source>The Outbox is empty: every message has been sent.</source>
        <translation>Der Postausgang ist leer: Alle Nachrichten wurden gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="77"/>
        <source>&amp;Retry Now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="79"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="81"/>
        <source>&amp;Cancel Sending</source>
        <translation>Senden &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="83"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="212"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>mailwright::PasswordPromptDialog</name>
    <message>
        <location filename="../ui/accounts/passwordprompt.cpp" line="16"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordprompt.cpp" line="28"/>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordprompt.cpp" line="30"/>
        <source>Keep for this &amp;session only</source>
        <translation>Nur für diese &amp;Sitzung behalten</translation>
    </message>
</context>
<context>
    <name>mailwright::PasswordRequests</name>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="102"/>
        <source>The server refused the password.</source>
        <translation>Der Server hat das Passwort abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="103"/>
        <source>The server refused the password: %1</source>
        <translation>Der Server hat das Passwort abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="106"/>
        <source>No password is stored for this account yet.</source>
        <translation>Für dieses Konto ist noch kein Passwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="123"/>
        <source>Enter the password of %1 for sending and receiving mail of the account “%2”.</source>
        <translation>Geben Sie das Passwort von %1 zum Senden und Empfangen von E-Mails des Kontos „%2“ ein.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="127"/>
        <source>Enter the password of %1 for receiving mail of the account “%2”.</source>
        <translation>Geben Sie das Passwort von %1 zum Empfangen von E-Mails des Kontos „%2“ ein.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="131"/>
        <source>Enter the password of %1 for sending from the account “%2”.</source>
        <translation>Geben Sie das Passwort von %1 zum Senden vom Konto „%2“ ein.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="134"/>
        <source>Enter the password of %1 for the account “%2”.</source>
        <translation>Geben Sie das Passwort von %1 für das Konto „%2“ ein.</translation>
    </message>
</context>
<context>
    <name>mailwright::RecipientHistory</name>
    <message>
        <location filename="../core/compose/recipienthistory.cpp" line="23"/>
        <source>The list of recent recipients cannot be saved.</source>
        <translation>Die Liste der letzten Empfänger kann nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>mailwright::ResultPage</name>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="302"/>
        <source>Your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="309"/>
        <source>Change the settings &amp;manually…</source>
        <translation>Einstellungen &amp;manuell ändern…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="316"/>
        <source>&lt;b&gt;Login test&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anmeldetest&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="366"/>
        <source>&lt;p&gt;No outgoing mail server answered for &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Check the address, or enter the settings your provider gives you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für &lt;b&gt;%1&lt;/b&gt; hat kein Postausgangsserver geantwortet.&lt;/p&gt;&lt;p&gt;Prüfen Sie die Adresse oder geben Sie die Einstellungen ein, die Ihr Anbieter Ihnen nennt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="384"/>
        <source>certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="385"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2, port %3 &amp;nbsp;%4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2, Port %3 &amp;nbsp;%4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="388"/>
        <source>found by: %1</source>
        <translation>gefunden über: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="409"/>
        <source>Certificate for %1, issued by %2, valid until %3</source>
        <translation>Zertifikat für %1, ausgestellt von %2, gültig bis %3</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="418"/>
        <source>Sending:</source>
        <translation>Senden:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="420"/>
        <source>Receiving (IMAP):</source>
        <translation>Empfangen (IMAP):</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="421"/>
        <source>Receiving (POP3):</source>
        <translation>Empfangen (POP3):</translation>
    </message>
</context>
<context>
    <name>mailwright::SendSettingsDialog</name>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="18"/>
        <source>Sending</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="24"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="25"/>
        <source>Send at once</source>
        <translation>Sofort senden</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="27"/>
        <source>&amp;Undo time after Send:</source>
        <translation>Zeit zum &amp;Rückgängigmachen nach „Senden“:</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="29"/>
        <source>During this time the message waits in the composer and Undo takes it back; nothing reaches the server.</source>
        <translation>Während dieser Zeit wartet die Nachricht im Editor und „Rückgängig“ holt sie zurück; nichts erreicht den Server.</translation>
    </message>
</context>
<context>
    <name>mailwright::SendWiring</name>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="76"/>
        <source>Message sent.</source>
        <translation>Nachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="76"/>
        <source>“%1” sent.</source>
        <translation>„%1“ gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="78"/>
        <source>Connected; message sent.</source>
        <translation>Verbunden; Nachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="84"/>
        <source>Cannot send: %1</source>
        <translation>Senden nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="93"/>
        <source>Sent, but the copy to the Sent folder failed: %1</source>
        <translation>Gesendet, aber die Kopie in den Ordner „Gesendet“ ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="119"/>
        <source>Message queued for sending.</source>
        <translation>Nachricht zum Senden in den Postausgang gestellt.</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="127"/>
        <source>&amp;Sending…</source>
        <translation>&amp;Versand…</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="164"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="164"/>
        <source>Sending “%1”…</source>
        <translation>„%1“ wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="176"/>
        <source>Sending cancelled.</source>
        <translation>Senden abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="182"/>
        <source>Sending failed: %1</source>
        <translation>Senden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="42"/>
        <source>Password changed; sending again.</source>
        <translation>Passwort geändert; es wird erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="216"/>
        <source>The message is being sent right now; cancel it first.</source>
        <translation>Die Nachricht wird gerade gesendet; brechen Sie das Senden zuerst ab.</translation>
    </message>
</context>
<context>
    <name>mailwright::SettingsTestDialog</name>
    <message>
        <location filename="../ui/wizard/settingstestdialog.cpp" line="20"/>
        <source>Test settings</source>
        <translation>Einstellungen testen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstestdialog.cpp" line="21"/>
        <source>Logs in to %1 with these settings and checks that the server accepts mail from %2, without sending any.</source>
        <translation>Meldet sich mit diesen Einstellungen bei %1 an und prüft, ob der Server E-Mails von %2 annimmt, ohne etwas zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstestdialog.cpp" line="29"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstestdialog.cpp" line="34"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>mailwright::SettingsTester</name>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="134"/>
        <source>The settings changed; test them again.</source>
        <translation>Die Einstellungen wurden geändert; testen Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="21"/>
        <source>Encrypted (implicit TLS)</source>
        <translation>Verschlüsselt (implizites TLS)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="25"/>
        <source>Encrypted (STARTTLS)</source>
        <translation>Verschlüsselt (STARTTLS)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="29"/>
        <source>NOT encrypted</source>
        <translation>NICHT verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="45"/>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="46"/>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="47"/>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="48"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="49"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="50"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="52"/>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="67"/>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="73"/>
        <source>&amp;Trust this certificate for this server</source>
        <translation>Diesem Zertifikat für diesen Server &amp;vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="81"/>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="151"/>
        <source>Logging in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="208"/>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="208"/>
        <source>Receiving</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="215"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; logged in as %2%3.</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; angemeldet als %2%3.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="217"/>
        <source>; the server accepts mail from this address</source>
        <translation>; der Server nimmt E-Mails von dieser Adresse an</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="221"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="247"/>
        <source>&lt;p&gt;&lt;b&gt;%1 is a server of a well-known provider, whose certificates are always valid: this connection is being intercepted or broken. Do not continue on this network.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 ist ein Server eines bekannten Anbieters, dessen Zertifikate immer gültig sind: Diese Verbindung wird abgehört oder ist gestört. Fahren Sie in diesem Netzwerk nicht fort.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mailwright::SetupWizard</name>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="23"/>
        <source>Add an email account</source>
        <translation>E-Mail-Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="82"/>
        <source>An account named &quot;%1&quot; already exists. Choose another account name on the first page.</source>
        <translation>Es gibt bereits ein Konto namens „%1“. Wählen Sie auf der ersten Seite einen anderen Kontonamen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="102"/>
        <source>%1

Keep the password for this session only? You will be asked for it again after Mailwright restarts.</source>
        <translation>%1

Das Passwort nur für diese Sitzung behalten? Nach einem Neustart von Mailwright werden Sie erneut danach gefragt.</translation>
    </message>
</context>
<context>
    <name>mailwright::TlsPolicy</name>
    <message>
        <location filename="../core/net/tlspolicy.cpp" line="32"/>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/net/tlspolicy.cpp" line="42"/>
        <source>The file %1 contains no PEM certificate.</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>mailwright::TrayIcon</name>
    <message>
        <location filename="../ui/main/trayicon.cpp" line="25"/>
        <source>Show Mailwright</source>
        <translation>Mailwright anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/main/trayicon.cpp" line="30"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/trayicon.cpp" line="61"/>
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%n neue Nachricht in %1</numerusform>
            <numerusform>%n neue Nachrichten in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/trayicon.cpp" line="68"/>
        <source>Mailwright — %n unread</source>
        <translation>
            <numerusform>Mailwright — %n ungelesen</numerusform>
            <numerusform>Mailwright — %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/trayicon.cpp" line="69"/>
        <source>Mailwright</source>
        <translation>Mailwright</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="88"/>
        <source>No translation for &apos;%1&apos;; available: %2</source>
        <translation>Keine Übersetzung für „%1“; verfügbar: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="95"/>
        <source>Mailwright email client</source>
        <translation>Mailwright, ein E-Mail-Programm</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>Use the local mail lab (tests/lab/mail-lab.sh) with a ready demo account. Reads the MW_LAB_* variables.</source>
        <translation>Das lokale Mail-Labor (tests/lab/mail-lab.sh) mit einem fertig eingerichteten Demokonto verwenden. Liest die Variablen MW_LAB_*.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="104"/>
        <source>Quit after &lt;ms&gt; milliseconds (for tests).</source>
        <translation>Nach &lt;ms&gt; Millisekunden beenden (für Tests).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="108"/>
        <source>Use the language &lt;code&gt; (e.g. de, fr) instead of the system&apos;s.</source>
        <translation>Die Sprache &lt;code&gt; (z.&#xa0;B. de, fr) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="114"/>
        <source>Keep settings in &lt;dir&gt; (default: $MAILWRIGHT_CONFIG_DIR or the platform&apos;s configuration directory).</source>
        <translation>Einstellungen in &lt;dir&gt; speichern (Standard: $MAILWRIGHT_CONFIG_DIR oder das Konfigurationsverzeichnis der Plattform).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="119"/>
        <source>Save PNGs of the main window, composer and outbox into &lt;dir&gt;, then quit.</source>
        <translation>PNG-Bilder von Hauptfenster, Editor und Postausgang in &lt;dir&gt; speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="129"/>
        <source>A mailto: link (RFC 6068) to open in the composer.</source>
        <translation>Ein mailto:-Link (RFC 6068), der im Editor geöffnet wird.</translation>
    </message>
</context>
</TS>
