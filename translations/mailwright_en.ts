<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Account</name>
    <message>
        <location filename="../core/account/account.cpp" line="41"/>
        <source>The %1 server name &quot;%2&quot; is missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="43"/>
        <source>The %1 server port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="143"/>
        <source>The account name &quot;%1&quot; is not valid: it must not be empty, be longer than 64 characters, or contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="147"/>
        <source>Account &quot;%1&quot; has no identity: an email address is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="151"/>
        <source>Account &quot;%1&quot;: an identity is missing its email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="154"/>
        <source>Account &quot;%1&quot;: &quot;%2&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="157"/>
        <source>Account &quot;%1&quot;: the reply-to address &quot;%2&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="162"/>
        <source>Account &quot;%1&quot;: the sending server must use SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="163"/>
        <source>outgoing (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="167"/>
        <source>Account &quot;%1&quot;: the incoming server must use IMAP or POP3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="169"/>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="174"/>
        <source>Account &quot;%1&quot;: the check interval cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="176"/>
        <source>Account &quot;%1&quot;: the number of days to keep mail on the server cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="182"/>
        <source>Account &quot;%1&quot;: the pinned certificate entry &quot;%2&quot; must be written host:port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressParser</name>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="195"/>
        <source>The domain after the @ is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="199"/>
        <source>The address literal is missing its closing bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="206"/>
        <source>The address literal %1 is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="210"/>
        <source>The domain &quot;%1&quot; has an empty label (two dots, or a dot at the start or end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="224"/>
        <source>The domain label &quot;%1&quot; is not valid: use letters, digits and hyphens, at most 63 characters, not starting or ending with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="231"/>
        <source>The domain &quot;%1&quot; is not a valid internationalised domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="234"/>
        <source>The domain is longer than 253 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="257"/>
        <source>The address contains a space. Put a name before an address in angle brackets: Name &lt;user@example.org&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="272"/>
        <location filename="../core/mime/emailaddress.cpp" line="363"/>
        <source>The address contains a line break or a NUL character, which is not allowed (it could inject header lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="279"/>
        <source>A parenthesis is not balanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="306"/>
        <source>A quotation mark is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="310"/>
        <source>The angle brackets &lt; &gt; are not balanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="320"/>
        <source>There is text after the closing angle bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="366"/>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="382"/>
        <source>A quotation mark in the address is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="384"/>
        <source>The address has no @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="388"/>
        <location filename="../core/mime/emailaddress.cpp" line="410"/>
        <source>The part before the @ is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="394"/>
        <source>The quoted part before the @ is not closed properly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="400"/>
        <source>The quoted part before the @ ends with a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="403"/>
        <source>Only the whole part before the @ may be quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="406"/>
        <location filename="../core/mime/emailaddress.cpp" line="430"/>
        <source>The address contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="424"/>
        <source>The part before the @ must not start or end with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="426"/>
        <source>The part before the @ must not contain two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="431"/>
        <source>The character &quot;%1&quot; is not allowed before the @ unless that part is in quotation marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="441"/>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="469"/>
        <source>The address list contains a line break or a NUL character, which is not allowed (it could inject header lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="480"/>
        <source>No address was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="481"/>
        <source>Only one address is allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <location filename="../core/setup/candidates.cpp" line="203"/>
        <source>server-to-server port, often blocked by ISPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/setup/candidates.cpp" line="206"/>
        <source>no encryption: password and mail travel readable by anyone on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/setup/candidates.cpp" line="209"/>
        <source>the domain&apos;s DNS points to a server outside the domain; use it only if you trust it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="21"/>
        <source>the mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="26"/>
        <source>this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="43"/>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="44"/>
        <source>%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="125"/>
        <source>The server name %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="126"/>
        <source>Check the server name in the account settings for typing mistakes, and check that this computer is connected to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="130"/>
        <source>The connection to %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="131"/>
        <source>Nothing accepts connections on that port. Check the port and the security setting (usually 465 with TLS or 587 with STARTTLS); a firewall may also reject the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="137"/>
        <source>There was no answer from %1 when connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="138"/>
        <source>A firewall or your internet provider may be blocking this port (port 25 is often blocked). Try port 465 (TLS) or 587 (STARTTLS), or another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="143"/>
        <source>The connection to %1 was made, but the server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="145"/>
        <source>The network may be slow or interrupted, or the server is overloaded. Try again later; mail in the outbox is retried automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="149"/>
        <source>A network error interrupted the connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="150"/>
        <source>Check your internet connection. Mail in the outbox is retried automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="153"/>
        <source>The connection to %1 was closed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="154"/>
        <source>This is usually temporary: try again later. If it happens every time, check the port and the security setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="166"/>
        <source>Inspect the certificate details and trust this certificate only if you know why it differs, for example because the server&apos;s administrator told you its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="171"/>
        <source>A secure (TLS) connection to %1 could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="173"/>
        <source>Check that the security setting matches the port: 465 uses TLS from the start, 587 and 25 use STARTTLS. The server may also offer only outdated encryption, which Mailwright does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="179"/>
        <source>The certificate of %1 is not signed by an authority this computer trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="182"/>
        <source>Someone may be intercepting the connection, or the server uses a self-signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="188"/>
        <source>The certificate of %1 has expired or is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="190"/>
        <source>The certificate of %1 is not valid now (valid until %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="192"/>
        <source>Check that this computer&apos;s date and time are correct; otherwise tell the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="200"/>
        <source>The certificate presented by %1 was issued for a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="203"/>
        <source>The certificate presented by %1 was issued for a different name (it is valid for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="208"/>
        <source>Check the server name in the account settings: providers often require their own name (such as smtp.provider.example) rather than one under your domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="214"/>
        <source>The certificate of %1 has changed since you trusted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="216"/>
        <source>Someone may be intercepting the connection. Do not continue unless you know the server got a new certificate (ask its administrator); then inspect the new certificate and trust it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="222"/>
        <source>The server %1 refused to start encryption (STARTTLS); your password was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="227"/>
        <source>The server %1 does not offer encryption (STARTTLS); your password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="231"/>
        <source>Use port 465 with TLS if the server offers it, or ask your provider. Choose &quot;No encryption&quot; only for a server on a network you fully trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="235"/>
        <source>Mailwright will not send your password over an unencrypted connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="239"/>
        <source>Choose TLS (port 465) or STARTTLS (port 587) in the account settings. Only for a server on a network you fully trust, choose &quot;No encryption&quot; explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="252"/>
        <source>This is temporary; mail in the outbox is retried automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="255"/>
        <source>The server %1 refuses to accept mail from this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="259"/>
        <source>Your network address may be on a block list, or this is not a mail submission server. Check the server name and port (587 or 465 with your login), or ask your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="263"/>
        <source>The server %1 is temporarily unavailable and closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="267"/>
        <source>The server is busy or under maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="273"/>
        <source>The server could not handle the request right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="274"/>
        <source>The mailbox may be busy, or the server delays unknown senders (greylisting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="279"/>
        <source>The server had a local problem and aborted the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="282"/>
        <source>If it keeps happening, send the server&apos;s reply to your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="286"/>
        <source>The message has too many recipients for the server at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="289"/>
        <source>Split the recipients over several messages, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="291"/>
        <source>The server has too little storage to accept the message now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="297"/>
        <source>The server %1 cannot start encryption right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="300"/>
        <source>Your password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="301"/>
        <source>The server %1 could not check your login right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="304"/>
        <source>This is a temporary problem at the server; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="308"/>
        <source>The server %1 reported a temporary problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="320"/>
        <source>Microsoft has turned off password sign-in (basic authentication) for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="323"/>
        <source>Sign in with OAuth2 (Microsoft account sign-in) instead, or ask your Microsoft 365 administrator to enable &quot;Authenticated SMTP&quot; (SMTP AUTH) for this mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="329"/>
        <source>The server %1 rejected your user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="331"/>
        <source>Check the user name (often the full email address) and the password. Some providers, such as Gmail, Yahoo, iCloud and Fastmail, require an app password created in the account&apos;s security settings instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="337"/>
        <source>The server %1 requires you to log in before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="340"/>
        <source>Enable authentication in the account settings and enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="345"/>
        <source>Your provider blocked the sign-in and wants you to confirm it in a web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="349"/>
        <source>Sign in to your mail account with a web browser and follow the instructions there. For Gmail, create an app password (needs 2-Step Verification) or use OAuth2 sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="354"/>
        <source>Your provider requires an app password for mail programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="357"/>
        <source>Create an app password in your account&apos;s security settings and enter it instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="362"/>
        <source>The server %1 considers this sign-in method too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="365"/>
        <source>Use an encrypted connection and the sign-in method your provider recommends (an app password or OAuth2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="369"/>
        <source>The server %1 does not support the chosen sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="372"/>
        <source>Choose another authentication method in the account settings, or let Mailwright detect the settings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="376"/>
        <source>The server %1 requires an encrypted connection for signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="380"/>
        <source>Choose TLS (port 465) or STARTTLS (port 587) in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="391"/>
        <source>The server&apos;s reply below says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="396"/>
        <source>The server %1 does not let this account send as %2 or relay the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="401"/>
        <source>The From address must belong to this account (or be an alias your provider registered for it), and you must be logged in. Choose the matching identity, or send through the account the address belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="406"/>
        <source>The server %1 rejected the sender address %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="409"/>
        <source>Check the From address of this identity: it must be an address you are allowed to send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="415"/>
        <source>The address %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="416"/>
        <source>Check %1 for typing mistakes or ask the recipient for their current address. The other recipients are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="421"/>
        <source>The mailbox of %1 is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="422"/>
        <source>Reach the recipient another way, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="425"/>
        <source>The domain of %1 does not accept email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="427"/>
        <source>Check the address; the domain has declared that it receives no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="431"/>
        <source>The server %1 refused the recipient %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="433"/>
        <source>Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="436"/>
        <source>The server %1 refused every recipient, so the message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="439"/>
        <source>Check the addresses; the reason for each recipient is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="443"/>
        <source>The message is %1, larger than the %2 that %3 accepts; it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="449"/>
        <source>The server %1 refused the message as too large (the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="455"/>
        <source>The server %1 refused the message as too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="458"/>
        <source>Remove or shrink attachments, or share large files through a link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="462"/>
        <source>The server %1 refused the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="463"/>
        <source>It may have been classified as spam or break a rule of the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="468"/>
        <source>The server %1 considers %2 an invalid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="471"/>
        <source>%1 is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="472"/>
        <source>Check it for typing mistakes, spaces or missing parts (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="483"/>
        <source>No error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="485"/>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="486"/>
        <source>Start it again when you are ready; a message stays in the outbox until it is sent or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="492"/>
        <source>The server %1 gave an unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="494"/>
        <source>This is usually a server or compatibility problem. If it persists, send the server&apos;s reply below to your provider&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="498"/>
        <source>A header field contains characters that are not allowed (a line break or NUL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="501"/>
        <source>Remove line breaks from the subject, the names and the addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="504"/>
        <source>The message could not be built or read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="505"/>
        <source>If you sent a prepared file, check that it is a complete message (header lines, an empty line, then the body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="509"/>
        <source>A file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="510"/>
        <source>Check that the file exists, was not moved, and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="513"/>
        <source>The disk is full: Mailwright could not save to its data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="515"/>
        <source>Free some disk space and try again. Messages already in the outbox are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="519"/>
        <source>Mailwright could not read or write its local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="520"/>
        <source>Check that the data directory is writable and the disk is healthy; the technical details name the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="524"/>
        <source>The account settings are incomplete or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="525"/>
        <source>Open the account settings and check the server, port, security and user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="529"/>
        <source>The system keychain is not available, so the password could not be read or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="532"/>
        <source>Start or unlock your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again. Mailwright never stores passwords in plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="537"/>
        <source>No password is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="538"/>
        <source>Enter the password. Mailwright keeps it in the system keychain, or for this session only if you prefer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="542"/>
        <source>The folder does not exist on the server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="544"/>
        <source>The folder %1 does not exist on the server %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="546"/>
        <source>Check the folder&apos;s name (upper and lower case count, except for INBOX). If another program renamed or deleted it, refresh the folder list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="551"/>
        <source>An internal error occurred in Mailwright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="552"/>
        <source>Please report it together with the technical details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapEnvelope</name>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="238"/>
        <source>FETCH data is not a list of name/value pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="244"/>
        <source>FETCH data item name is not an atom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="250"/>
        <source>UID is not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="255"/>
        <source>FLAGS is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="261"/>
        <source>RFC822.SIZE is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="265"/>
        <source>ENVELOPE does not have 10 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="269"/>
        <source>ENVELOPE field %1 is not a string or NIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="275"/>
        <source>ENVELOPE has a malformed address list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="285"/>
        <source>FETCH response without UID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapResponseReader</name>
    <message>
        <location filename="../core/sync/imapresponse.cpp" line="70"/>
        <source>Malformed IMAP response: %1 at byte %2 (near &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="25"/>
        <source>The macOS Keychain is not available, so Mailwright cannot store passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="27"/>
        <source>The Windows Credential Manager is not available, so Mailwright cannot store passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="30"/>
        <source>No Secret Service (such as GNOME Keyring or KWallet) is running, so Mailwright cannot store passwords in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="42"/>
        <source>Start your desktop&apos;s keyring or password manager and try again, or keep the password for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="62"/>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="65"/>
        <source>The keychain could not delete the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="114"/>
        <source>The keychain did not answer within %1 seconds. It may be locked and waiting for a password prompt, or no Secret Service is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginTest</name>
    <message>
        <location filename="../core/setup/logintest.cpp" line="101"/>
        <source>The connection is not encrypted; the password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/setup/logintest.cpp" line="118"/>
        <source>The server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MimeBuilder</name>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="156"/>
        <source>The %1 address &quot;%2&quot; contains a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="158"/>
        <location filename="../core/mime/mimebuilder.cpp" line="210"/>
        <source>Remove the line break; it could be used to inject header lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="165"/>
        <source>The %1 address &quot;%2&quot; is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="166"/>
        <source>Correct the address and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="171"/>
        <source>The %1 address &quot;%2&quot; has non-ASCII characters before the @. Such addresses can only be sent through a server that supports SMTPUTF8 (RFC 6531), and this server does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="176"/>
        <source>Ask the recipient for an ASCII address, or use a server that supports SMTPUTF8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="185"/>
        <source>The message has no sender (From).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="186"/>
        <source>Set the sender&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="191"/>
        <source>Only one Reply-To address is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="204"/>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="205"/>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="209"/>
        <source>The %1 contains a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="214"/>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="219"/>
        <source>attachment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="224"/>
        <source>&quot;%1&quot; is not a valid header field name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="228"/>
        <source>The header field %1 is written by the message builder and cannot be set directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="232"/>
        <source>header field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="237"/>
        <source>In-Reply-To is not a message identifier of the form &lt;id@domain&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="242"/>
        <source>A References entry is not a message identifier of the form &lt;id@domain&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="246"/>
        <source>The Message-ID is not of the form &lt;id@domain&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="252"/>
        <source>The Message-ID domain is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="263"/>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="265"/>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="267"/>
        <source>it cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="276"/>
        <source>The attachment &quot;%1&quot; cannot be attached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="278"/>
        <source>Check that the file exists and can be read, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="549"/>
        <location filename="../core/mime/mimebuilder.cpp" line="554"/>
        <source>The message could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="563"/>
        <source>The message could not be built: the result violates RFC 5322.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/send/outbox.cpp" line="111"/>
        <source>Mailwright stopped while this message was being transferred; the server may have received it. Check the recipient&apos;s copy or your Sent folder, then send it again or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="274"/>
        <location filename="../core/send/outbox.cpp" line="306"/>
        <location filename="../core/send/outbox.cpp" line="333"/>
        <location filename="../core/send/outbox.cpp" line="388"/>
        <source>This message is not being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="291"/>
        <location filename="../core/send/outbox.cpp" line="325"/>
        <location filename="../core/send/outbox.cpp" line="543"/>
        <location filename="../core/send/outboxbatch.cpp" line="334"/>
        <source>The message is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="376"/>
        <source>The connection broke after the message was transferred, before the server confirmed it; the server may have received it. Check the recipient&apos;s copy or your Sent folder, then send it again or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="399"/>
        <source>Only a waiting or failed message can be held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="412"/>
        <source>This message is not held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="428"/>
        <source>This message is being sent or was sent already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="450"/>
        <source>This message was sent already or has failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="465"/>
        <source>This message is being sent right now; wait until the attempt ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="505"/>
        <source>This message has not been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/outboxfiles.cpp" line="29"/>
        <source>The file %1 changed or disappeared after the message was queued, so it was not sent. Send the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pop3Session</name>
    <message>
        <location filename="../core/sync/pop3session.cpp" line="93"/>
        <source>The POP3 session is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pop3session.cpp" line="145"/>
        <source>The connection is not encrypted, so the password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparedMessage</name>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="32"/>
        <source>Fix the message file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="105"/>
        <source>The message starts with an indented line; the first line must be a header field such as &quot;From: ...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="119"/>
        <source>The file starts with an mbox &quot;From &quot; line; give a single message, not an mbox file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="121"/>
        <source>Header line %1 is not a header field (&quot;Name: value&quot;): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="130"/>
        <source>The message has no empty line between its header and its body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="132"/>
        <source>The message has no header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="158"/>
        <source>The %1 header has an invalid address &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="171"/>
        <source>The message has no From header with an address; it is needed as the envelope sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="209"/>
        <source>The message body contains NUL bytes, which SMTP cannot carry; encode binary content with base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="230"/>
        <source>The message file &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="29"/>
        <source>TLS (implicit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="30"/>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="31"/>
        <source>None (clear text, unsafe)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyBuilder</name>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="86"/>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="113"/>
        <source>On %1, %2 wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="155"/>
        <source>-------- Forwarded Message --------</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="156"/>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="157"/>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="158"/>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="163"/>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendService</name>
    <message>
        <location filename="../core/send/sendservice.cpp" line="110"/>
        <location filename="../core/send/sendservice.cpp" line="168"/>
        <source>There is no account named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/sendservice.cpp" line="205"/>
        <source>No password is stored for the incoming server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/sendservice.cpp" line="223"/>
        <source>No password is stored for sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="133"/>
        <source>The connection is not encrypted; the password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="160"/>
        <source>The server offers no login on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="161"/>
        <source>The server offers no supported login method (it offers: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="309"/>
        <location filename="../core/send/smtpsession.cpp" line="324"/>
        <location filename="../core/send/smtpsession.cpp" line="399"/>
        <source>This connection cannot be used any more; open a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/smtpenvelope.cpp" line="51"/>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/smtpenvelope.cpp" line="59"/>
        <source>The address %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/smtpenvelope.cpp" line="65"/>
        <source>The message is %1 bytes; this server accepts at most %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/smtpenvelope.cpp" line="79"/>
        <source>This message needs an internationalized address (SMTPUTF8), which this server does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="404"/>
        <source>The address is not valid.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="131"/>
        <source>Looking up %1 took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="138"/>
        <source>The server name %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="176"/>
        <source>Could not create a network socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="219"/>
        <source>The server %1 refused the connection on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="224"/>
        <source>No answer from %1 on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="227"/>
        <source>Could not connect to %1 on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="207"/>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="298"/>
        <source>The server cannot check passwords right now; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="301"/>
        <source>The server accepts the password only over an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="306"/>
        <source>The server did not accept the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="338"/>
        <source>The server refused the command %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="344"/>
        <location filename="../core/net/wireconnection.cpp" line="224"/>
        <source>The server stopped responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="352"/>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="357"/>
        <source>The folder does not exist on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="361"/>
        <source>Unexpected error in the mail protocol library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="81"/>
        <source>The server did not finish in the time allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="88"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="114"/>
        <source>Unencrypted connections are not allowed for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="133"/>
        <source>Could not use the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="245"/>
        <source>The server sent an overlong line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="303"/>
        <source>The server stopped accepting data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="342"/>
        <source>The server sent a reply that is not valid SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="355"/>
        <source>The server sent an overlong reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="397"/>
        <source>The server does not accept connections right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="398"/>
        <source>The server&apos;s greeting is not valid for this protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="422"/>
        <location filename="../core/net/wireconnection.cpp" line="462"/>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="453"/>
        <source>The server refused the CAPABILITY command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="476"/>
        <source>The server refused to start encryption (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="506"/>
        <source>The server does not offer STLS, so the connection cannot be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="515"/>
        <source>The server refused to start encryption (STLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="530"/>
        <source>The server sent unexpected data before encryption started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="574"/>
        <source>The TLS handshake timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="582"/>
        <source>The server&apos;s certificate has expired or is not yet valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="585"/>
        <source>The server&apos;s certificate is for a different server name than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="589"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="604"/>
        <source>The secure connection (TLS) could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../app/cli/cliargs.cpp" line="85"/>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="90"/>
        <source>option --%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="95"/>
        <source>option --%1 given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="115"/>
        <source>print the result as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="121"/>
        <source>give up after S seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="127"/>
        <source>use DIR for settings and data instead of the default location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="134"/>
        <source>use the language CODE (e.g. de, fr) instead of the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="141"/>
        <source>say more on stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="147"/>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_version.cpp" line="41"/>
        <source>print the version and the libraries in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="19"/>
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
        <location filename="../app/cli/main.cpp" line="92"/>
        <location filename="../app/cli/sendcommon.cpp" line="107"/>
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
    <message>
        <location filename="../app/cli/accountjson.cpp" line="70"/>
        <source>missing &apos;]&apos; in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/accountjson.cpp" line="76"/>
        <source>expected HOST:PORT, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/accountjson.cpp" line="88"/>
        <source>missing host name in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/accountjson.cpp" line="96"/>
        <source>bad port &quot;%1&quot; (1-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipassword.cpp" line="57"/>
        <location filename="../app/cli/sendcommon.cpp" line="53"/>
        <source>give the password with only one of --password-stdin or --password-env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipassword.cpp" line="31"/>
        <source>the environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipassword.cpp" line="40"/>
        <source>the password is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="49"/>
        <source>Try &apos;mailwright-cli account --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="62"/>
        <source>Nothing was changed. Start a Secret Service (for example gnome-keyring-daemon) in this session, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="98"/>
        <source>give the password with exactly one of --password-stdin or --password-env VAR (never on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="111"/>
        <source>--%1-security must be implicit, starttls or none, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="163"/>
        <source>No usable outgoing server was found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="193"/>
        <source>account add needs --address ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="198"/>
        <source>account add needs --smtp HOST:PORT or --detect ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="204"/>
        <source>give either --imap or --pop3, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="221"/>
        <source>The CA file %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="238"/>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="254"/>
        <source>Account &quot;%1&quot; added; its password is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="288"/>
        <source>Account:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="290"/>
        <source>Identity:  %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="292"/>
        <source>SMTP:      %1:%2 (%3), user %4, auth %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="297"/>
        <source>Incoming:  %1 %2:%3 (%4), user %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="302"/>
        <source>Incoming:  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="304"/>
        <source>CA file:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="305"/>
        <source>Check:     every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="317"/>
        <source>The account was kept. Start the keychain and try again, or add --force to remove only the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="328"/>
        <source>Account &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="342"/>
        <source>--server must be smtp, incoming or both (and the account must have that server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="354"/>
        <source>Password of &quot;%1&quot; stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="363"/>
        <source>missing subcommand: add, list, show, remove or set-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="369"/>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="371"/>
        <source>account %1 needs exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="372"/>
        <source>account list takes no NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="385"/>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="400"/>
        <source>add, list, show, remove accounts and set their passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="405"/>
        <source>email address of the account (add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="408"/>
        <source>find the servers for ADDRESS and test the login instead of --smtp (add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="412"/>
        <source>name shown to recipients (add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="413"/>
        <source>outgoing server (add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="415"/>
        <location filename="../app/cli/cmd_account.cpp" line="418"/>
        <location filename="../app/cli/cmd_account.cpp" line="421"/>
        <source>implicit, starttls or none (add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="416"/>
        <source>incoming IMAP server (add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="419"/>
        <source>incoming POP3 server (add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="423"/>
        <source>login name for both servers; default: the address (add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="426"/>
        <source>also trust this CA certificate (add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="428"/>
        <location filename="../app/cli/cmd_detect.cpp" line="100"/>
        <location filename="../app/cli/cmd_probe.cpp" line="213"/>
        <source>read the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="430"/>
        <location filename="../app/cli/cmd_detect.cpp" line="98"/>
        <location filename="../app/cli/cmd_probe.cpp" line="211"/>
        <source>read the password from environment variable VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="433"/>
        <source>smtp, incoming or both (set-password; default both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="435"/>
        <source>remove the settings even if the keychain fails (remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="40"/>
        <source>%1: %2 port %3, %4 (from %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="45"/>
        <source>%1: nothing usable found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="51"/>
        <location filename="../app/cli/cmd_probe.cpp" line="63"/>
        <source>Login as %1: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="54"/>
        <source>Login failed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="56"/>
        <source>Done in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="63"/>
        <source>mailwright-cli detect: give one email address, e.g. mailwright-cli detect alice@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="93"/>
        <source>find the servers for an address (table, SRV, autoconfig, MX, probe), log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="101"/>
        <source>skip the login test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="103"/>
        <source>also offer servers without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="105"/>
        <location filename="../app/cli/cmd_probe.cpp" line="218"/>
        <source>also trust the CA certificates in PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="20"/>
        <source>--account is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="28"/>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="37"/>
        <source>no folder &apos;%1&apos; for account &apos;%2&apos; in the cache; run &apos;mailwright-cli sync&apos; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="78"/>
        <source>at most N messages (default 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="81"/>
        <source>only messages with these words (subject, addresses, fetched bodies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="85"/>
        <source>list cached messages, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="42"/>
        <source>TLS: %1, %2; certificate for %3, issued by %4, valid until %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="45"/>
        <source> (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="53"/>
        <source>Certificate: %1, issued by %2, names %3, valid %4 to %5, SHA-256 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="58"/>
        <location filename="../app/cli/cmd_probe.cpp" line="60"/>
        <source>Capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="65"/>
        <source>Login as %1 failed: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="77"/>
        <source>usage: probe smtp|imap|pop3 HOST [--port N] [--security S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="80"/>
        <source>unknown protocol &quot;%1&quot; (smtp, imap or pop3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="83"/>
        <source>bad host name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="90"/>
        <source>--port must be 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="113"/>
        <source>--security must be auto, implicit, starttls or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="133"/>
        <source>a login test needs --user U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="135"/>
        <source>--user needs --password-env VAR or --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="201"/>
        <source>connect to one server, show TLS and capabilities, optionally log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="206"/>
        <source>port (default: the protocol&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="208"/>
        <source>auto, implicit, starttls or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="209"/>
        <source>log in as U (login test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="215"/>
        <source>print the protocol transcript (passwords redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="27"/>
        <source>--uid needs a message UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="46"/>
        <source>message %1 is not in the cache; give the server options to fetch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="89"/>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="90"/>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="92"/>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="93"/>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="97"/>
        <source>[attachment] %1 (%2, %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="109"/>
        <source>the message&apos;s UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="114"/>
        <source>the exact bytes (base64 in JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="118"/>
        <source>show a message (fetched on demand, never marked read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="54"/>
        <source>%1 (POP3): %2 new, %3 deleted on the server, %4 on the server; %5 messages, %6 unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="119"/>
        <source>%1: %2 new, %3 flag changes, %4 removed%5; %6 messages, %7 unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="126"/>
        <source> (UIDVALIDITY changed: refetched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="157"/>
        <source>sync every folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="160"/>
        <source>messages per batch (default 5000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="164"/>
        <source>fetch new messages and flag changes into the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="32"/>
        <source>the account (its cache entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="34"/>
        <source>folder path, &apos;/&apos; between levels (default INBOX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="43"/>
        <source>server host (ad hoc account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="44"/>
        <source>server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="46"/>
        <source>implicit, starttls or none (default implicit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="47"/>
        <source>login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="49"/>
        <source>environment variable holding the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="51"/>
        <source>extra trusted CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="53"/>
        <source>imap (default) or pop3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="55"/>
        <source>POP3 (ad hoc): delete from the server N days after download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="60"/>
        <source>POP3 (ad hoc): delete from the server once downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="121"/>
        <source>give --account NAME (see &apos;mailwright-cli account list&apos;) or the server options (--host ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="130"/>
        <source>no account named &apos;%1&apos;; see &apos;mailwright-cli account list&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="134"/>
        <source>the account &apos;%1&apos; has no incoming server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="163"/>
        <source>no password stored for &apos;%1&apos;; run &apos;mailwright-cli account set-password %1&apos; or give --password-env VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="196"/>
        <source>--protocol must be imap or pop3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="202"/>
        <source>--security must be implicit, starttls or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="210"/>
        <source>--port needs a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="225"/>
        <source>--user and --password-env are required with --host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="97"/>
        <source>Mail for %1 waits in the outbox; flush it with the same server options it was sent with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="132"/>
        <source>%1 needs one message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="142"/>
        <source>message %1 is due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="143"/>
        <source>message %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="152"/>
        <source>say list, flush, retry ID or delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="154"/>
        <source>server options belong to outbox flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="164"/>
        <source>unknown outbox command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="171"/>
        <source>list, flush, retry or delete queued mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="98"/>
        <source>compose mode needs --from ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="109"/>
        <source>give at least one recipient (--to, --cc, --bcc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="115"/>
        <source>Cannot read the body file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="124"/>
        <source>Cannot read the HTML file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="175"/>
        <source>%1 has no From header; give --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="190"/>
        <source>%1: no recipients; give --to/--cc/--bcc or -t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="217"/>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="219"/>
        <source>-t reads the recipients of --eml files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="224"/>
        <source>--%1 composes a message; it cannot be combined with --eml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="254"/>
        <source>--eml needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="288"/>
        <source>queued: message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="341"/>
        <source>send mail (compose or prepared .eml files) through the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="44"/>
        <location filename="../app/cli/sendcommon.cpp" line="216"/>
        <source>standard input cannot carry both the body and the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="147"/>
        <source>There is no account named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="164"/>
        <source>No password is stored for account %1; use &apos;mailwright-cli account set-password %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="206"/>
        <source>name the server with either --account NAME or --smtp-host HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="211"/>
        <source>--%1 belongs to an ad-hoc server, not to --account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="224"/>
        <source>--security must be implicit, starttls or none, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="230"/>
        <source>--smtp-port needs a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="255"/>
        <source>--user needs --password-env VAR or --password-stdin (never the password itself on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="258"/>
        <source>a password needs --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="379"/>
        <source>sent: message %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="382"/>
        <source>queued for retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="383"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="384"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="386"/>
        <source>%1: message %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="388"/>
        <source>server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sendcommon.cpp" line="397"/>
        <source>%n SMTP connection(s)</source>
        <translation>
            <numerusform>%n SMTP connection</numerusform>
            <numerusform>%n SMTP connections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="400"/>
        <source>The copy to the Sent folder failed (the mail was sent): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="298"/>
        <location filename="../app/cli/sendcommon.cpp" line="403"/>
        <source>The outbox failed: %1</source>
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
    <name>mailwright::AccountEditor</name>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="39"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="42"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="43"/>
        <source>&amp;Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="44"/>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="54"/>
        <source>&amp;Test settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="72"/>
        <source>e.g. Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="77"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="79"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="81"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="96"/>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="97"/>
        <source>Identities (the first one is the default):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="115"/>
        <source>default: the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="125"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="129"/>
        <source>No authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="130"/>
        <source>Outgoing (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="132"/>
        <location filename="../ui/accounts/accounteditor.cpp" line="147"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="133"/>
        <location filename="../ui/accounts/accounteditor.cpp" line="148"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="134"/>
        <location filename="../ui/accounts/accounteditor.cpp" line="149"/>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="135"/>
        <location filename="../ui/accounts/accounteditor.cpp" line="150"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="136"/>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="140"/>
        <source>None (send only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="144"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="146"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="169"/>
        <source>optional: an extra CA certificate (PEM) to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="170"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="172"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="173"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="186"/>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="198"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="199"/>
        <source>only on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="200"/>
        <source>Save a copy of sent messages in the Sent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="202"/>
        <source>POP3: leave messages on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="207"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="208"/>
        <source>never delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="213"/>
        <source>Check for new mail every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="216"/>
        <source>Delete from the server after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="217"/>
        <source>Sent folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="218"/>
        <source>Drafts folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="219"/>
        <source>Trash folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="30"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="34"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="37"/>
        <source>Add &amp;manually…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="40"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="42"/>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="44"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="119"/>
        <source>Account &quot;%1&quot; added; its password is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="122"/>
        <source>Account &quot;%1&quot; added; its password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="135"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="142"/>
        <source>Account &quot;%1&quot; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="155"/>
        <source>Edit account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="170"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="171"/>
        <source>Remove the account &quot;%1&quot;?

Its settings and its passwords in the keychain will be deleted. Messages on the server are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="177"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="190"/>
        <source>Removing &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="200"/>
        <source>Account &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="202"/>
        <source>Account &quot;%1&quot; removed, but its passwords could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="221"/>
        <location filename="../ui/accounts/accountsdialog.cpp" line="256"/>
        <source>Enter the password of %1 for the account &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="243"/>
        <source>Password of &quot;%1&quot; saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="244"/>
        <source>Password of &quot;%1&quot; kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::AddressField</name>
    <message>
        <location filename="../ui/compose/addressfield.cpp" line="72"/>
        <source>“%1” — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::AddressPage</name>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="105"/>
        <source>Your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="106"/>
        <source>Mailwright finds the servers and checks that sending works before it saves anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="110"/>
        <source>Alice Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="113"/>
        <source>alice@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="119"/>
        <source>same as the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="120"/>
        <source>Also offer servers without encryption (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="122"/>
        <source>Set up &amp;manually…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="129"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="130"/>
        <source>Email &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="131"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="132"/>
        <source>Account na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::AttachmentList</name>
    <message>
        <location filename="../ui/compose/attachmentlist.cpp" line="52"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::ComposeController</name>
    <message>
        <location filename="../ui/compose/composecontroller.cpp" line="85"/>
        <source>The unsent message was kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composecontroller.cpp" line="161"/>
        <source>Sending is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composecontroller.cpp" line="162"/>
        <source>The account “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composecontroller.cpp" line="223"/>
        <location filename="../ui/compose/composecontroller.cpp" line="271"/>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composecontroller.cpp" line="274"/>
        <source>An attachment could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::ComposerWindow</name>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="55"/>
        <location filename="../ui/compose/composerwindow.cpp" line="164"/>
        <source>New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="102"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="104"/>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="125"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="126"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="127"/>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="128"/>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="129"/>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="179"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="181"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="184"/>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="191"/>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="195"/>
        <source>Save &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="199"/>
        <source>D&amp;iscard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="201"/>
        <source>&amp;Rich Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="206"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="219"/>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="222"/>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="224"/>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="237"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="384"/>
        <source>These files cannot be attached (missing, a folder, or not readable):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="419"/>
        <source>Ignored from the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/composerwindow_send.cpp" line="74"/>
        <source>%n attachment(s), %1 — message about %2</source>
        <translation>
            <numerusform>%n attachment, %1 — message about %2</numerusform>
            <numerusform>%n attachments, %1 — message about %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="80"/>
        <source>This message is about %1 when sent, but the server of account “%2” accepts at most %3. Remove or shrink attachments, or share large files by link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="95"/>
        <source>Choose the account to send from (From). Add one in Settings ▸ Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="114"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="114"/>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="114"/>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="120"/>
        <source>%1: “%2” is not a valid address: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="123"/>
        <source>The message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="127"/>
        <source>The message was not sent: add at least one recipient (To, Cc or Bcc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="131"/>
        <source>The message was not sent: at about %1 it is larger than the %2 the server of account “%3” accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="140"/>
        <source>The message was not sent: the attachment %1 can no longer be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/composerwindow_send.cpp" line="215"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Sending in %n second…</numerusform>
            <numerusform>Sending in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="226"/>
        <source>Sending cancelled. The message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="240"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="265"/>
        <source>The message could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="314"/>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="383"/>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::DetectPage</name>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="32"/>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="34"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="36"/>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="81"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="38"/>
        <source>name unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="40"/>
        <source>TLS failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="42"/>
        <source>certificate problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="44"/>
        <source>no STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="46"/>
        <source>not a mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="54"/>
        <source>built-in provider table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="56"/>
        <source>DNS SRV record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="58"/>
        <source>provider&apos;s autoconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="60"/>
        <source>mail exchanger (MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="62"/>
        <source>port probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="64"/>
        <source>usual server names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="73"/>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="75"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="77"/>
        <source>no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="79"/>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="83"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="85"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="171"/>
        <source>Looking for your servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="172"/>
        <source>All sources and servers are asked at once; each line shows where a setting came from and how the server answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="177"/>
        <source>Server or lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="177"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="177"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="177"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="221"/>
        <source>Done in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="222"/>
        <source>No usable outgoing server found (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="239"/>
        <source>Asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="281"/>
        <source>trying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="290"/>
        <source>%1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::DraftOpening</name>
    <message>
        <location filename="../ui/main/draftopening.cpp" line="28"/>
        <source>&amp;Edit Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/draftopening.cpp" line="31"/>
        <source>Open the selected draft in the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/draftopening.cpp" line="89"/>
        <source>Select a draft first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/draftopening.cpp" line="94"/>
        <source>Only messages in the Drafts folder can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/draftopening.cpp" line="99"/>
        <source>The draft could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::DraftStore</name>
    <message>
        <location filename="../core/compose/draftstore.cpp" line="25"/>
        <source>The draft cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::DraftSync</name>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="127"/>
        <location filename="../ui/compose/draftsync.cpp" line="141"/>
        <source>Draft saved on this computer only: %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="133"/>
        <source>Draft saved on this computer only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="145"/>
        <source>Saving the draft to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="172"/>
        <source>Draft saved on this computer only; the copy in the server&apos;s Drafts folder failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="178"/>
        <source>Draft saved to the server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::FailureBanner</name>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="50"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="52"/>
        <source>Open &amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="54"/>
        <location filename="../ui/main/failurebanner.cpp" line="83"/>
        <source>Show &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="61"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="83"/>
        <source>Hide &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="93"/>
        <source>A message could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="94"/>
        <source>“%1” could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="98"/>
        <source>It stays in the Outbox and will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="99"/>
        <source>It stays in the Outbox until you retry, edit or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="104"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="106"/>
        <source>Reply code: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="108"/>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="109"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="111"/>
        <source>Transcript (passwords removed):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::IdentityEditor</name>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="18"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="24"/>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="27"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="31"/>
        <source>Added below &quot;-- &quot; at the end of new messages (plain text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="39"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="40"/>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="41"/>
        <source>&amp;Reply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="42"/>
        <source>&amp;Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="73"/>
        <source>Enter a valid email address, such as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="75"/>
        <source>The reply-to address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::IniAccountRepository</name>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="240"/>
        <source>The account settings in %1 were written by a newer version of Mailwright (schema %2; this version understands up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="246"/>
        <source>The account settings in %1 have an unknown schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="258"/>
        <source>Could not keep a copy of the old account settings as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="274"/>
        <source>The account settings in %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="281"/>
        <source>The account name &quot;%1&quot; appears twice in %2; the second one is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="299"/>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="315"/>
        <location filename="../core/settings/accountrepository.cpp" line="329"/>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="342"/>
        <source>Could not create the settings directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="355"/>
        <source>Could not write the account settings to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::LayeredSecretStore</name>
    <message>
        <location filename="../core/secrets/layeredsecretstore.cpp" line="83"/>
        <source>This password store cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::MailController</name>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="58"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="60"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="62"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="64"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="66"/>
        <source>Junk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="68"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="70"/>
        <source>All Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="72"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="236"/>
        <source>%1: %2 messages, %3 unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="305"/>
        <source>In the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="330"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="331"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mail/mailcontroller.cpp" line="334"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="382"/>
        <location filename="../ui/mail/mailcontroller.cpp" line="446"/>
        <source>This message has not been downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="406"/>
        <source>The message could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="443"/>
        <location filename="../ui/mail/mailcontroller_workers.cpp" line="186"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller_workers.cpp" line="109"/>
        <source>No password is stored for receiving mail of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::MailWiring</name>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="33"/>
        <source>Password changed; receiving again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="40"/>
        <source>Password needed: receiving is paused. Right-click the account and choose “Enter password…”, or use Settings ▸ Accounts ▸ Set password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="67"/>
        <source>Cannot receive: the server refused the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="68"/>
        <source>Cannot receive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="79"/>
        <source>Select a message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="86"/>
        <source>The message could not be answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="104"/>
        <source>%1 is not connected; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/mailwiring.cpp" line="108"/>
        <source>Deleting %n message(s)…</source>
        <translation>
            <numerusform>Deleting %n message…</numerusform>
            <numerusform>Deleting %n messages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailwright::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="39"/>
        <source>Mailwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="44"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="59"/>
        <source>Search subject, people and text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/mainwindow.cpp" line="75"/>
        <source>%1: %n new message(s)</source>
        <translation>
            <numerusform>%1: %n new message</numerusform>
            <numerusform>%1: %n new messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="106"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="128"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="130"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="165"/>
        <source>%1 — SMTP %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="167"/>
        <source>, %1 %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="186"/>
        <source>Enter &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="210"/>
        <source>Account &quot;%1&quot; is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="245"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="246"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="249"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="251"/>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="253"/>
        <source>A&amp;dd account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="258"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="259"/>
        <source>&amp;About Mailwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="33"/>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="36"/>
        <source>&amp;New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="40"/>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="44"/>
        <source>Reply to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="48"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="52"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="60"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="70"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="156"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::ManualPage</name>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="92"/>
        <source>TLS (implicit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="93"/>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="94"/>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="439"/>
        <source>Server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="440"/>
        <source>Enter what your provider tells you, then test them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="452"/>
        <source>None (send only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="466"/>
        <source>the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="467"/>
        <source>&amp;Test settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="477"/>
        <source>&amp;Outgoing (SMTP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="483"/>
        <source>&amp;Incoming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="484"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::MessageListModel</name>
    <message>
        <location filename="../ui/mail/messagelistmodel.cpp" line="157"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/messagelistmodel.cpp" line="193"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/messagelistmodel.cpp" line="195"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/messagelistmodel.cpp" line="197"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::MessageReader</name>
    <message>
        <location filename="../core/mime/messagereader.cpp" line="127"/>
        <source>The message cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::MessageView</name>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="96"/>
        <source>Remote content was blocked to protect your privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="97"/>
        <source>Load remote content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="104"/>
        <source>No message selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="114"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="116"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="176"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="177"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="178"/>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="178"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="187"/>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="237"/>
        <source>Save Attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::OutboxView</name>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="24"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="33"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="35"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="37"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="39"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="41"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="57"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="57"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="64"/>
        <source>The Outbox is empty: every message has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="77"/>
        <source>&amp;Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="79"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="81"/>
        <source>&amp;Cancel Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="83"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="212"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::PasswordPromptDialog</name>
    <message>
        <location filename="../ui/accounts/passwordprompt.cpp" line="16"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordprompt.cpp" line="28"/>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordprompt.cpp" line="30"/>
        <source>Keep for this &amp;session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::PasswordRequests</name>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="102"/>
        <source>The server refused the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="103"/>
        <source>The server refused the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="106"/>
        <source>No password is stored for this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="123"/>
        <source>Enter the password of %1 for sending and receiving mail of the account “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="127"/>
        <source>Enter the password of %1 for receiving mail of the account “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="131"/>
        <source>Enter the password of %1 for sending from the account “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="134"/>
        <source>Enter the password of %1 for the account “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::RecipientHistory</name>
    <message>
        <location filename="../core/compose/recipienthistory.cpp" line="23"/>
        <source>The list of recent recipients cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::ResultPage</name>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="302"/>
        <source>Your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="309"/>
        <source>Change the settings &amp;manually…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="316"/>
        <source>&lt;b&gt;Login test&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="366"/>
        <source>&lt;p&gt;No outgoing mail server answered for &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Check the address, or enter the settings your provider gives you.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="384"/>
        <source>certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="385"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2, port %3 &amp;nbsp;%4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="388"/>
        <source>found by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="409"/>
        <source>Certificate for %1, issued by %2, valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="418"/>
        <source>Sending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="420"/>
        <source>Receiving (IMAP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="421"/>
        <source>Receiving (POP3):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::SendSettingsDialog</name>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="18"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="24"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="25"/>
        <source>Send at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="27"/>
        <source>&amp;Undo time after Send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="29"/>
        <source>During this time the message waits in the composer and Undo takes it back; nothing reaches the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::SendWiring</name>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="76"/>
        <source>Message sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="76"/>
        <source>“%1” sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="78"/>
        <source>Connected; message sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="84"/>
        <source>Cannot send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="93"/>
        <source>Sent, but the copy to the Sent folder failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="119"/>
        <source>Message queued for sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="127"/>
        <source>&amp;Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="164"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="164"/>
        <source>Sending “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="176"/>
        <source>Sending cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="182"/>
        <source>Sending failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="42"/>
        <source>Password changed; sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="216"/>
        <source>The message is being sent right now; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::SettingsTestDialog</name>
    <message>
        <location filename="../ui/wizard/settingstestdialog.cpp" line="20"/>
        <source>Test settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstestdialog.cpp" line="21"/>
        <source>Logs in to %1 with these settings and checks that the server accepts mail from %2, without sending any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstestdialog.cpp" line="29"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstestdialog.cpp" line="34"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::SettingsTester</name>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="134"/>
        <source>The settings changed; test them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="21"/>
        <source>Encrypted (implicit TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="25"/>
        <source>Encrypted (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="29"/>
        <source>NOT encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="45"/>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="46"/>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="47"/>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="48"/>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="49"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="50"/>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="52"/>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="67"/>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="73"/>
        <source>&amp;Trust this certificate for this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="81"/>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="151"/>
        <source>Logging in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="208"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="208"/>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="215"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; logged in as %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="217"/>
        <source>; the server accepts mail from this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="221"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="247"/>
        <source>&lt;p&gt;&lt;b&gt;%1 is a server of a well-known provider, whose certificates are always valid: this connection is being intercepted or broken. Do not continue on this network.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::SetupWizard</name>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="23"/>
        <source>Add an email account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="82"/>
        <source>An account named &quot;%1&quot; already exists. Choose another account name on the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="102"/>
        <source>%1

Keep the password for this session only? You will be asked for it again after Mailwright restarts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::TlsPolicy</name>
    <message>
        <location filename="../core/net/tlspolicy.cpp" line="32"/>
        <source>Cannot read the CA certificate file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/tlspolicy.cpp" line="42"/>
        <source>The file %1 contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailwright::TrayIcon</name>
    <message>
        <location filename="../ui/main/trayicon.cpp" line="25"/>
        <source>Show Mailwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/trayicon.cpp" line="30"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/trayicon.cpp" line="61"/>
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%n new message in %1</numerusform>
            <numerusform>%n new messages in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/trayicon.cpp" line="68"/>
        <source>Mailwright — %n unread</source>
        <translation>
            <numerusform>Mailwright — %n unread</numerusform>
            <numerusform>Mailwright — %n unread</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/trayicon.cpp" line="69"/>
        <source>Mailwright</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="88"/>
        <source>No translation for &apos;%1&apos;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="95"/>
        <source>Mailwright email client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>Use the local mail lab (tests/lab/mail-lab.sh) with a ready demo account. Reads the MW_LAB_* variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="104"/>
        <source>Quit after &lt;ms&gt; milliseconds (for tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="108"/>
        <source>Use the language &lt;code&gt; (e.g. de, fr) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="114"/>
        <source>Keep settings in &lt;dir&gt; (default: $MAILWRIGHT_CONFIG_DIR or the platform&apos;s configuration directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="119"/>
        <source>Save PNGs of the main window, composer and outbox into &lt;dir&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="129"/>
        <source>A mailto: link (RFC 6068) to open in the composer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
