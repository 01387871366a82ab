<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Account</name>
    <message>
        <location filename="../core/account/account.cpp" line="41"/>
        <source>The %1 server name &quot;%2&quot; is missing or not valid.</source>
        <translation>Le nom du serveur %1 («&#xa0;%2&#xa0;») est absent ou invalide.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="43"/>
        <source>The %1 server port must be between 1 and 65535.</source>
        <translation>Le port du serveur %1 doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="143"/>
        <source>The account name &quot;%1&quot; is not valid: it must not be empty, be longer than 64 characters, or contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation>Le nom de compte «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: il ne doit être ni vide ni plus long que 64 caractères, et ne doit contenir ni «&#xa0;/&#xa0;» ni «&#xa0;\&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="147"/>
        <source>Account &quot;%1&quot; has no identity: an email address is required.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n’a aucune identité&#xa0;: une adresse électronique est requise.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="151"/>
        <source>Account &quot;%1&quot;: an identity is missing its email address.</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: l’adresse électronique d’une identité est manquante.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="154"/>
        <source>Account &quot;%1&quot;: &quot;%2&quot; is not a valid email address.</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas une adresse électronique valide.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="157"/>
        <source>Account &quot;%1&quot;: the reply-to address &quot;%2&quot; is not valid.</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: l’adresse de réponse «&#xa0;%2&#xa0;» n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="162"/>
        <source>Account &quot;%1&quot;: the sending server must use SMTP.</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: le serveur d’envoi doit utiliser SMTP.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="163"/>
        <source>outgoing (SMTP)</source>
        <translation>sortant (SMTP)</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="167"/>
        <source>Account &quot;%1&quot;: the incoming server must use IMAP or POP3.</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: le serveur de réception doit utiliser IMAP ou POP3.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="169"/>
        <source>incoming</source>
        <translation>entrant</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="174"/>
        <source>Account &quot;%1&quot;: the check interval cannot be negative.</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: l’intervalle de relève ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="176"/>
        <source>Account &quot;%1&quot;: the number of days to keep mail on the server cannot be negative.</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: le nombre de jours de conservation des messages sur le serveur ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../core/account/account.cpp" line="182"/>
        <source>Account &quot;%1&quot;: the pinned certificate entry &quot;%2&quot; must be written host:port.</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: l’entrée de certificat épinglé «&#xa0;%2&#xa0;» doit être de la forme hôte:port.</translation>
    </message>
</context>
<context>
    <name>AddressParser</name>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="195"/>
        <source>The domain after the @ is missing.</source>
        <translation>Le domaine après le @ est manquant.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="199"/>
        <source>The address literal is missing its closing bracket.</source>
        <translation>Le crochet fermant du littéral d’adresse est manquant.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="206"/>
        <source>The address literal %1 is not an IP address.</source>
        <translation>Le littéral d’adresse %1 n’est pas une adresse IP.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="210"/>
        <source>The domain &quot;%1&quot; has an empty label (two dots, or a dot at the start or end).</source>
        <translation>Le domaine «&#xa0;%1&#xa0;» contient une étiquette vide (deux points consécutifs, ou un point au début ou à la fin).</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="224"/>
        <source>The domain label &quot;%1&quot; is not valid: use letters, digits and hyphens, at most 63 characters, not starting or ending with a hyphen.</source>
        <translation>L’étiquette de domaine «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: utilisez des lettres, des chiffres et des traits d’union, 63 caractères au plus, sans trait d’union au début ni à la fin.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="231"/>
        <source>The domain &quot;%1&quot; is not a valid internationalised domain name.</source>
        <translation>Le domaine «&#xa0;%1&#xa0;» n’est pas un nom de domaine internationalisé valide.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="234"/>
        <source>The domain is longer than 253 characters.</source>
        <translation>Le domaine dépasse 253 caractères.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="257"/>
        <source>The address contains a space. Put a name before an address in angle brackets: Name &lt;user@example.org&gt;.</source>
        <translation>L’adresse contient une espace. Placez un nom devant une adresse entre chevrons&#xa0;: Nom &lt;utilisateur@example.org&gt;.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="272"/>
        <location filename="../core/mime/emailaddress.cpp" line="363"/>
        <source>The address contains a line break or a NUL character, which is not allowed (it could inject header lines).</source>
        <translation>L’adresse contient un saut de ligne ou un caractère NUL, ce qui n’est pas autorisé (cela permettrait d’injecter des lignes d’en-tête).</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="279"/>
        <source>A parenthesis is not balanced.</source>
        <translation>Une parenthèse n’est pas équilibrée.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="306"/>
        <source>A quotation mark is not closed.</source>
        <translation>Un guillemet n’est pas fermé.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="310"/>
        <source>The angle brackets &lt; &gt; are not balanced.</source>
        <translation>Les chevrons &lt; &gt; ne sont pas équilibrés.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="320"/>
        <source>There is text after the closing angle bracket.</source>
        <translation>Du texte suit le chevron fermant.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="366"/>
        <source>The address is empty.</source>
        <translation>L’adresse est vide.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="382"/>
        <source>A quotation mark in the address is not closed.</source>
        <translation>Un guillemet de l’adresse n’est pas fermé.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="384"/>
        <source>The address has no @ sign.</source>
        <translation>L’adresse ne contient pas d’arobase (@).</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="388"/>
        <location filename="../core/mime/emailaddress.cpp" line="410"/>
        <source>The part before the @ is empty.</source>
        <translation>La partie avant le @ est vide.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="394"/>
        <source>The quoted part before the @ is not closed properly.</source>
        <translation>La partie entre guillemets avant le @ n’est pas correctement fermée.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="400"/>
        <source>The quoted part before the @ ends with a backslash.</source>
        <translation>La partie entre guillemets avant le @ se termine par une barre oblique inverse.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="403"/>
        <source>Only the whole part before the @ may be quoted.</source>
        <translation>Seule la partie avant le @ tout entière peut être mise entre guillemets.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="406"/>
        <location filename="../core/mime/emailaddress.cpp" line="430"/>
        <source>The address contains a control character.</source>
        <translation>L’adresse contient un caractère de contrôle.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="424"/>
        <source>The part before the @ must not start or end with a dot.</source>
        <translation>La partie avant le @ ne doit ni commencer ni se terminer par un point.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="426"/>
        <source>The part before the @ must not contain two dots in a row.</source>
        <translation>La partie avant le @ ne doit pas contenir deux points consécutifs.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="431"/>
        <source>The character &quot;%1&quot; is not allowed before the @ unless that part is in quotation marks.</source>
        <translation>Le caractère «&#xa0;%1&#xa0;» n’est autorisé avant le @ que si cette partie est entre guillemets.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="441"/>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>La partie avant le @ dépasse 64 caractères.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="469"/>
        <source>The address list contains a line break or a NUL character, which is not allowed (it could inject header lines).</source>
        <translation>La liste d’adresses contient un saut de ligne ou un caractère NUL, ce qui n’est pas autorisé (cela permettrait d’injecter des lignes d’en-tête).</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="480"/>
        <source>No address was given.</source>
        <translation>Aucune adresse n’a été indiquée.</translation>
    </message>
    <message>
        <location filename="../core/mime/emailaddress.cpp" line="481"/>
        <source>Only one address is allowed here.</source>
        <translation>Une seule adresse est autorisée ici.</translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <location filename="../core/setup/candidates.cpp" line="203"/>
        <source>server-to-server port, often blocked by ISPs</source>
        <translation>port réservé aux échanges entre serveurs, souvent bloqué par les fournisseurs d’accès</translation>
    </message>
    <message>
        <location filename="../core/setup/candidates.cpp" line="206"/>
        <source>no encryption: password and mail travel readable by anyone on the way</source>
        <translation>aucun chiffrement&#xa0;: le mot de passe et les messages circulent en clair, lisibles par n’importe qui en chemin</translation>
    </message>
    <message>
        <location filename="../core/setup/candidates.cpp" line="209"/>
        <source>the domain&apos;s DNS points to a server outside the domain; use it only if you trust it</source>
        <translation>le DNS du domaine pointe vers un serveur extérieur au domaine&#xa0;; ne l’utilisez que si vous lui faites confiance</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="21"/>
        <source>the mail server</source>
        <translation>le serveur de messagerie</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="26"/>
        <source>this address</source>
        <translation>cette adresse</translation>
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
        <translation>Le nom de serveur %1 est introuvable.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="126"/>
        <source>Check the server name in the account settings for typing mistakes, and check that this computer is connected to the internet.</source>
        <translation>Vérifiez que le nom du serveur dans les paramètres du compte ne contient pas de faute de frappe, et que cet ordinateur est connecté à Internet.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="130"/>
        <source>The connection to %1 was refused.</source>
        <translation>La connexion à %1 a été refusée.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="131"/>
        <source>Nothing accepts connections on that port. Check the port and the security setting (usually 465 with TLS or 587 with STARTTLS); a firewall may also reject the connection.</source>
        <translation>Aucun service n’accepte de connexion sur ce port. Vérifiez le port et le paramètre de sécurité (en général 465 avec TLS ou 587 avec STARTTLS)&#xa0;; un pare-feu peut aussi rejeter la connexion.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="137"/>
        <source>There was no answer from %1 when connecting.</source>
        <translation>%1 n’a pas répondu lors de la connexion.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="138"/>
        <source>A firewall or your internet provider may be blocking this port (port 25 is often blocked). Try port 465 (TLS) or 587 (STARTTLS), or another network.</source>
        <translation>Un pare-feu ou votre fournisseur d’accès bloque peut-être ce port (le port 25 est souvent bloqué). Essayez le port 465 (TLS) ou 587 (STARTTLS), ou un autre réseau.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="143"/>
        <source>The connection to %1 was made, but the server stopped answering.</source>
        <translation>La connexion à %1 a été établie, mais le serveur a cessé de répondre.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="145"/>
        <source>The network may be slow or interrupted, or the server is overloaded. Try again later; mail in the outbox is retried automatically.</source>
        <translation>Le réseau est peut-être lent ou interrompu, ou le serveur est surchargé. Réessayez plus tard&#xa0;; les messages de la boîte d’envoi sont renvoyés automatiquement.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="149"/>
        <source>A network error interrupted the connection to %1.</source>
        <translation>Une erreur réseau a interrompu la connexion à %1.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="150"/>
        <source>Check your internet connection. Mail in the outbox is retried automatically.</source>
        <translation>Vérifiez votre connexion à Internet. Les messages de la boîte d’envoi sont renvoyés automatiquement.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="153"/>
        <source>The connection to %1 was closed unexpectedly.</source>
        <translation>La connexion à %1 a été fermée de manière inattendue.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="154"/>
        <source>This is usually temporary: try again later. If it happens every time, check the port and the security setting.</source>
        <translation>C’est généralement passager&#xa0;: réessayez plus tard. Si cela se produit à chaque fois, vérifiez le port et le paramètre de sécurité.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="166"/>
        <source>Inspect the certificate details and trust this certificate only if you know why it differs, for example because the server&apos;s administrator told you its fingerprint.</source>
        <translation>Examinez les détails du certificat et ne faites confiance à ce certificat que si vous savez pourquoi il diffère, par exemple parce que l’administrateur du serveur vous a communiqué son empreinte.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="171"/>
        <source>A secure (TLS) connection to %1 could not be established.</source>
        <translation>Impossible d’établir une connexion sécurisée (TLS) avec %1.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="173"/>
        <source>Check that the security setting matches the port: 465 uses TLS from the start, 587 and 25 use STARTTLS. The server may also offer only outdated encryption, which Mailwright does not accept.</source>
        <translation>Vérifiez que le paramètre de sécurité correspond au port&#xa0;: le 465 utilise TLS dès le départ, le 587 et le 25 utilisent STARTTLS. Il se peut aussi que le serveur ne propose qu’un chiffrement obsolète, que Mailwright n’accepte pas.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="179"/>
        <source>The certificate of %1 is not signed by an authority this computer trusts.</source>
        <translation>Le certificat de %1 n’est pas signé par une autorité à laquelle cet ordinateur fait confiance.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="182"/>
        <source>Someone may be intercepting the connection, or the server uses a self-signed certificate.</source>
        <translation>Quelqu’un intercepte peut-être la connexion, ou le serveur utilise un certificat auto-signé.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="188"/>
        <source>The certificate of %1 has expired or is not valid yet.</source>
        <translation>Le certificat de %1 a expiré ou n’est pas encore valide.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="190"/>
        <source>The certificate of %1 is not valid now (valid until %2).</source>
        <translation>Le certificat de %1 n’est pas valide actuellement (valide jusqu’au %2).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="192"/>
        <source>Check that this computer&apos;s date and time are correct; otherwise tell the server&apos;s administrator.</source>
        <translation>Vérifiez que la date et l’heure de cet ordinateur sont correctes&#xa0;; sinon, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="200"/>
        <source>The certificate presented by %1 was issued for a different name.</source>
        <translation>Le certificat présenté par %1 a été émis pour un autre nom.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="203"/>
        <source>The certificate presented by %1 was issued for a different name (it is valid for %2).</source>
        <translation>Le certificat présenté par %1 a été émis pour un autre nom (il est valide pour %2).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="208"/>
        <source>Check the server name in the account settings: providers often require their own name (such as smtp.provider.example) rather than one under your domain.</source>
        <translation>Vérifiez le nom du serveur dans les paramètres du compte&#xa0;: les fournisseurs exigent souvent leur propre nom (comme smtp.fournisseur.example) plutôt qu’un nom sous votre domaine.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="214"/>
        <source>The certificate of %1 has changed since you trusted it.</source>
        <translation>Le certificat de %1 a changé depuis que vous lui avez fait confiance.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="216"/>
        <source>Someone may be intercepting the connection. Do not continue unless you know the server got a new certificate (ask its administrator); then inspect the new certificate and trust it again.</source>
        <translation>Quelqu’un intercepte peut-être la connexion. Ne continuez pas, sauf si vous savez que le serveur a reçu un nouveau certificat (demandez à son administrateur)&#xa0;; examinez alors le nouveau certificat et faites-lui de nouveau confiance.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="222"/>
        <source>The server %1 refused to start encryption (STARTTLS); your password was not sent</source>
        <translation>Le serveur %1 a refusé d’activer le chiffrement (STARTTLS)&#xa0;; votre mot de passe n’a pas été envoyé</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="227"/>
        <source>The server %1 does not offer encryption (STARTTLS); your password was not sent.</source>
        <translation>Le serveur %1 ne propose pas de chiffrement (STARTTLS)&#xa0;; votre mot de passe n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="231"/>
        <source>Use port 465 with TLS if the server offers it, or ask your provider. Choose &quot;No encryption&quot; only for a server on a network you fully trust.</source>
        <translation>Utilisez le port 465 avec TLS si le serveur le propose, ou renseignez-vous auprès de votre fournisseur. Ne choisissez «&#xa0;Aucun chiffrement&#xa0;» que pour un serveur situé sur un réseau en lequel vous avez toute confiance.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="235"/>
        <source>Mailwright will not send your password over an unencrypted connection to %1.</source>
        <translation>Mailwright n’enverra pas votre mot de passe sur une connexion non chiffrée vers %1.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="239"/>
        <source>Choose TLS (port 465) or STARTTLS (port 587) in the account settings. Only for a server on a network you fully trust, choose &quot;No encryption&quot; explicitly.</source>
        <translation>Choisissez TLS (port 465) ou STARTTLS (port 587) dans les paramètres du compte. Ne choisissez explicitement «&#xa0;Aucun chiffrement&#xa0;» que pour un serveur situé sur un réseau en lequel vous avez toute confiance.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="252"/>
        <source>This is temporary; mail in the outbox is retried automatically.</source>
        <translation>C’est passager&#xa0;; les messages de la boîte d’envoi sont renvoyés automatiquement.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="255"/>
        <source>The server %1 refuses to accept mail from this connection</source>
        <translation>Le serveur %1 refuse d’accepter des messages par cette connexion</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="259"/>
        <source>Your network address may be on a block list, or this is not a mail submission server. Check the server name and port (587 or 465 with your login), or ask your provider.</source>
        <translation>Votre adresse réseau figure peut-être sur une liste de blocage, ou ce serveur n’est pas un serveur de soumission de messages. Vérifiez le nom du serveur et le port (587 ou 465 avec votre identifiant), ou renseignez-vous auprès de votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="263"/>
        <source>The server %1 is temporarily unavailable and closed the connection</source>
        <translation>Le serveur %1 est temporairement indisponible et a fermé la connexion</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="267"/>
        <source>The server is busy or under maintenance.</source>
        <translation>Le serveur est surchargé ou en maintenance.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="273"/>
        <source>The server could not handle the request right now</source>
        <translation>Le serveur n’a pas pu traiter la demande pour le moment</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="274"/>
        <source>The mailbox may be busy, or the server delays unknown senders (greylisting).</source>
        <translation>La boîte aux lettres est peut-être occupée, ou le serveur fait patienter les expéditeurs inconnus (greylisting).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="279"/>
        <source>The server had a local problem and aborted the request</source>
        <translation>Le serveur a rencontré un problème local et a abandonné la demande</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="282"/>
        <source>If it keeps happening, send the server&apos;s reply to your provider.</source>
        <translation>Si cela se reproduit, transmettez la réponse du serveur à votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="286"/>
        <source>The message has too many recipients for the server at once</source>
        <translation>Le message a trop de destinataires à la fois pour le serveur</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="289"/>
        <source>Split the recipients over several messages, or try again later.</source>
        <translation>Répartissez les destinataires sur plusieurs messages, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="291"/>
        <source>The server has too little storage to accept the message now</source>
        <translation>Le serveur manque actuellement d’espace de stockage pour accepter le message</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="297"/>
        <source>The server %1 cannot start encryption right now</source>
        <translation>Le serveur %1 ne peut pas activer le chiffrement pour le moment</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="300"/>
        <source>Your password was not sent.</source>
        <translation>Votre mot de passe n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="301"/>
        <source>The server %1 could not check your login right now</source>
        <translation>Le serveur %1 n’a pas pu vérifier votre identification pour le moment</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="304"/>
        <source>This is a temporary problem at the server; try again in a few minutes.</source>
        <translation>Il s’agit d’un problème passager du serveur&#xa0;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="308"/>
        <source>The server %1 reported a temporary problem</source>
        <translation>Le serveur %1 a signalé un problème temporaire</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="320"/>
        <source>Microsoft has turned off password sign-in (basic authentication) for this account</source>
        <translation>Microsoft a désactivé la connexion par mot de passe (authentification de base) pour ce compte</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="323"/>
        <source>Sign in with OAuth2 (Microsoft account sign-in) instead, or ask your Microsoft 365 administrator to enable &quot;Authenticated SMTP&quot; (SMTP AUTH) for this mailbox.</source>
        <translation>Connectez-vous plutôt avec OAuth2 (connexion avec le compte Microsoft), ou demandez à votre administrateur Microsoft 365 d’activer «&#xa0;SMTP authentifié&#xa0;» (SMTP AUTH) pour cette boîte aux lettres.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="329"/>
        <source>The server %1 rejected your user name or password</source>
        <translation>Le serveur %1 a refusé votre identifiant ou votre mot de passe</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="331"/>
        <source>Check the user name (often the full email address) and the password. Some providers, such as Gmail, Yahoo, iCloud and Fastmail, require an app password created in the account&apos;s security settings instead of your normal password.</source>
        <translation>Vérifiez l’identifiant (souvent l’adresse électronique complète) et le mot de passe. Certains fournisseurs, comme Gmail, Yahoo, iCloud et Fastmail, exigent un mot de passe d’application, créé dans les paramètres de sécurité du compte, à la place de votre mot de passe habituel.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="337"/>
        <source>The server %1 requires you to log in before sending</source>
        <translation>Le serveur %1 exige que vous vous connectiez avant d’envoyer</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="340"/>
        <source>Enable authentication in the account settings and enter your user name and password.</source>
        <translation>Activez l’authentification dans les paramètres du compte et saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="345"/>
        <source>Your provider blocked the sign-in and wants you to confirm it in a web browser</source>
        <translation>Votre fournisseur a bloqué la connexion et vous demande de la confirmer dans un navigateur web</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="349"/>
        <source>Sign in to your mail account with a web browser and follow the instructions there. For Gmail, create an app password (needs 2-Step Verification) or use OAuth2 sign-in.</source>
        <translation>Connectez-vous à votre compte de messagerie dans un navigateur web et suivez les instructions affichées. Pour Gmail, créez un mot de passe d’application (nécessite la validation en deux étapes) ou utilisez la connexion OAuth2.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="354"/>
        <source>Your provider requires an app password for mail programs</source>
        <translation>Votre fournisseur exige un mot de passe d’application pour les logiciels de messagerie</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="357"/>
        <source>Create an app password in your account&apos;s security settings and enter it instead of your normal password.</source>
        <translation>Créez un mot de passe d’application dans les paramètres de sécurité de votre compte et saisissez-le à la place de votre mot de passe habituel.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="362"/>
        <source>The server %1 considers this sign-in method too weak</source>
        <translation>Le serveur %1 juge cette méthode de connexion trop faible</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="365"/>
        <source>Use an encrypted connection and the sign-in method your provider recommends (an app password or OAuth2).</source>
        <translation>Utilisez une connexion chiffrée et la méthode de connexion recommandée par votre fournisseur (un mot de passe d’application ou OAuth2).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="369"/>
        <source>The server %1 does not support the chosen sign-in method</source>
        <translation>Le serveur %1 ne prend pas en charge la méthode de connexion choisie</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="372"/>
        <source>Choose another authentication method in the account settings, or let Mailwright detect the settings again.</source>
        <translation>Choisissez une autre méthode d’authentification dans les paramètres du compte, ou laissez Mailwright détecter de nouveau les paramètres.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="376"/>
        <source>The server %1 requires an encrypted connection for signing in</source>
        <translation>Le serveur %1 exige une connexion chiffrée pour s’identifier</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="380"/>
        <source>Choose TLS (port 465) or STARTTLS (port 587) in the account settings.</source>
        <translation>Choisissez TLS (port 465) ou STARTTLS (port 587) dans les paramètres du compte.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="391"/>
        <source>The server&apos;s reply below says why.</source>
        <translation>La réponse du serveur ci-dessous en indique la raison.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="396"/>
        <source>The server %1 does not let this account send as %2 or relay the message</source>
        <translation>Le serveur %1 n’autorise pas ce compte à envoyer en tant que %2 ni à relayer le message</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="401"/>
        <source>The From address must belong to this account (or be an alias your provider registered for it), and you must be logged in. Choose the matching identity, or send through the account the address belongs to.</source>
        <translation>L’adresse de l’expéditeur doit appartenir à ce compte (ou être un alias que votre fournisseur a enregistré pour lui), et vous devez être connecté. Choisissez l’identité correspondante, ou envoyez depuis le compte auquel appartient l’adresse.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="406"/>
        <source>The server %1 rejected the sender address %2</source>
        <translation>Le serveur %1 a refusé l’adresse d’expéditeur %2</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="409"/>
        <source>Check the From address of this identity: it must be an address you are allowed to send from.</source>
        <translation>Vérifiez l’adresse d’expéditeur de cette identité&#xa0;: ce doit être une adresse depuis laquelle vous êtes autorisé à envoyer.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="415"/>
        <source>The address %1 does not exist</source>
        <translation>L’adresse %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="416"/>
        <source>Check %1 for typing mistakes or ask the recipient for their current address. The other recipients are not affected.</source>
        <translation>Vérifiez que %1 ne contient pas de faute de frappe, ou demandez au destinataire son adresse actuelle. Les autres destinataires ne sont pas concernés.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="421"/>
        <source>The mailbox of %1 is full</source>
        <translation>La boîte aux lettres de %1 est pleine</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="422"/>
        <source>Reach the recipient another way, or try again later.</source>
        <translation>Contactez le destinataire par un autre moyen, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="425"/>
        <source>The domain of %1 does not accept email</source>
        <translation>Le domaine de %1 n’accepte pas de courrier électronique</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="427"/>
        <source>Check the address; the domain has declared that it receives no mail.</source>
        <translation>Vérifiez l’adresse&#xa0;; le domaine a déclaré ne recevoir aucun courrier.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="431"/>
        <source>The server %1 refused the recipient %2</source>
        <translation>Le serveur %1 a refusé le destinataire %2</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="433"/>
        <source>Check the address.</source>
        <translation>Vérifiez l’adresse.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="436"/>
        <source>The server %1 refused every recipient, so the message was not sent.</source>
        <translation>Le serveur %1 a refusé tous les destinataires&#xa0;; le message n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="439"/>
        <source>Check the addresses; the reason for each recipient is listed.</source>
        <translation>Vérifiez les adresses&#xa0;; la raison est indiquée pour chaque destinataire.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="443"/>
        <source>The message is %1, larger than the %2 that %3 accepts; it was not sent.</source>
        <translation>Le message fait %1, soit plus que les %2 acceptés par %3&#xa0;; il n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="449"/>
        <source>The server %1 refused the message as too large (the limit is %2)</source>
        <translation>Le serveur %1 a refusé le message, trop volumineux (la limite est de %2)</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="455"/>
        <source>The server %1 refused the message as too large</source>
        <translation>Le serveur %1 a refusé le message, trop volumineux</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="458"/>
        <source>Remove or shrink attachments, or share large files through a link instead.</source>
        <translation>Supprimez ou réduisez les pièces jointes, ou partagez plutôt les fichiers volumineux par un lien.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="462"/>
        <source>The server %1 refused the message</source>
        <translation>Le serveur %1 a refusé le message</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="463"/>
        <source>It may have been classified as spam or break a rule of the provider.</source>
        <translation>Il a peut-être été classé comme spam ou enfreint une règle du fournisseur.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="468"/>
        <source>The server %1 considers %2 an invalid address</source>
        <translation>Le serveur %1 considère %2 comme une adresse non valide</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="471"/>
        <source>%1 is not a valid email address.</source>
        <translation>%1 n’est pas une adresse électronique valide.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="472"/>
        <source>Check it for typing mistakes, spaces or missing parts (name@example.org).</source>
        <translation>Vérifiez qu’elle ne contient ni faute de frappe, ni espace, ni partie manquante (nom@example.org).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="483"/>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="485"/>
        <source>The operation was cancelled.</source>
        <translation>L’opération a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="486"/>
        <source>Start it again when you are ready; a message stays in the outbox until it is sent or deleted.</source>
        <translation>Relancez-la quand vous serez prêt&#xa0;; un message reste dans la boîte d’envoi jusqu’à ce qu’il soit envoyé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="492"/>
        <source>The server %1 gave an unexpected answer</source>
        <translation>Le serveur %1 a donné une réponse inattendue</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="494"/>
        <source>This is usually a server or compatibility problem. If it persists, send the server&apos;s reply below to your provider&apos;s support.</source>
        <translation>Il s’agit généralement d’un problème de serveur ou de compatibilité. S’il persiste, transmettez la réponse du serveur ci-dessous à l’assistance de votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="498"/>
        <source>A header field contains characters that are not allowed (a line break or NUL).</source>
        <translation>Un champ d’en-tête contient des caractères interdits (un saut de ligne ou NUL).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="501"/>
        <source>Remove line breaks from the subject, the names and the addresses.</source>
        <translation>Supprimez les sauts de ligne de l’objet, des noms et des adresses.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="504"/>
        <source>The message could not be built or read.</source>
        <translation>Le message n’a pas pu être construit ou lu.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="505"/>
        <source>If you sent a prepared file, check that it is a complete message (header lines, an empty line, then the body).</source>
        <translation>Si vous avez envoyé un fichier préparé, vérifiez qu’il s’agit d’un message complet (lignes d’en-tête, une ligne vide, puis le corps).</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="509"/>
        <source>A file could not be read or written.</source>
        <translation>Un fichier n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="510"/>
        <source>Check that the file exists, was not moved, and that you may read it.</source>
        <translation>Vérifiez que le fichier existe, qu’il n’a pas été déplacé et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="513"/>
        <source>The disk is full: Mailwright could not save to its data directory.</source>
        <translation>Le disque est plein&#xa0;: Mailwright n’a pas pu enregistrer dans son dossier de données.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="515"/>
        <source>Free some disk space and try again. Messages already in the outbox are safe.</source>
        <translation>Libérez de l’espace disque et réessayez. Les messages déjà présents dans la boîte d’envoi ne risquent rien.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="519"/>
        <source>Mailwright could not read or write its local database.</source>
        <translation>Mailwright n’a pas pu lire ou écrire sa base de données locale.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="520"/>
        <source>Check that the data directory is writable and the disk is healthy; the technical details name the problem.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture et que le disque est en bon état&#xa0;; les détails techniques précisent le problème.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="524"/>
        <source>The account settings are incomplete or invalid.</source>
        <translation>Les paramètres du compte sont incomplets ou non valides.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="525"/>
        <source>Open the account settings and check the server, port, security and user name.</source>
        <translation>Ouvrez les paramètres du compte et vérifiez le serveur, le port, la sécurité et l’identifiant.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="529"/>
        <source>The system keychain is not available, so the password could not be read or saved.</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: le mot de passe n’a donc pas pu être lu ou enregistré.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="532"/>
        <source>Start or unlock your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again. Mailwright never stores passwords in plain files.</source>
        <translation>Démarrez ou déverrouillez le trousseau de votre environnement de bureau (par exemple GNOME Keyring ou KWallet), puis réessayez. Mailwright n’enregistre jamais les mots de passe dans de simples fichiers.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="537"/>
        <source>No password is stored for this account.</source>
        <translation>Aucun mot de passe n’est enregistré pour ce compte.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="538"/>
        <source>Enter the password. Mailwright keeps it in the system keychain, or for this session only if you prefer.</source>
        <translation>Saisissez le mot de passe. Mailwright le conserve dans le trousseau du système ou, si vous le préférez, pour cette session uniquement.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="542"/>
        <source>The folder does not exist on the server %1.</source>
        <translation>Le dossier n&apos;existe pas sur le serveur %1.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="544"/>
        <source>The folder %1 does not exist on the server %2.</source>
        <translation>Le dossier %1 n&apos;existe pas sur le serveur %2.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="546"/>
        <source>Check the folder&apos;s name (upper and lower case count, except for INBOX). If another program renamed or deleted it, refresh the folder list.</source>
        <translation>Vérifiez le nom du dossier (majuscules et minuscules comptent, sauf pour INBOX). Si un autre programme l&apos;a renommé ou supprimé, actualisez la liste des dossiers.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="551"/>
        <source>An internal error occurred in Mailwright.</source>
        <translation>Une erreur interne s’est produite dans Mailwright.</translation>
    </message>
    <message>
        <location filename="../core/errors/errorcatalogue.cpp" line="552"/>
        <source>Please report it together with the technical details.</source>
        <translation>Merci de la signaler en joignant les détails techniques.</translation>
    </message>
</context>
<context>
    <name>ImapEnvelope</name>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="238"/>
        <source>FETCH data is not a list of name/value pairs</source>
        <translation>les données FETCH ne sont pas une liste de paires nom/valeur</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="244"/>
        <source>FETCH data item name is not an atom</source>
        <translation>le nom d’un élément de données FETCH n’est pas un atome</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="250"/>
        <source>UID is not a valid number</source>
        <translation>UID n’est pas un nombre valide</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="255"/>
        <source>FLAGS is not a list</source>
        <translation>FLAGS n’est pas une liste</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="261"/>
        <source>RFC822.SIZE is not a number</source>
        <translation>RFC822.SIZE n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="265"/>
        <source>ENVELOPE does not have 10 fields</source>
        <translation>ENVELOPE n’a pas 10 champs</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="269"/>
        <source>ENVELOPE field %1 is not a string or NIL</source>
        <translation>le champ %1 de ENVELOPE n’est ni une chaîne ni NIL</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="275"/>
        <source>ENVELOPE has a malformed address list</source>
        <translation>ENVELOPE contient une liste d’adresses mal formée</translation>
    </message>
    <message>
        <location filename="../core/sync/imapenvelope.cpp" line="285"/>
        <source>FETCH response without UID</source>
        <translation>réponse FETCH sans UID</translation>
    </message>
</context>
<context>
    <name>ImapResponseReader</name>
    <message>
        <location filename="../core/sync/imapresponse.cpp" line="70"/>
        <source>Malformed IMAP response: %1 at byte %2 (near &quot;%3&quot;)</source>
        <translation>Réponse IMAP mal formée&#xa0;: %1 à l’octet %2 (près de «&#xa0;%3&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="25"/>
        <source>The macOS Keychain is not available, so Mailwright cannot store passwords.</source>
        <translation>Le trousseau macOS n’est pas disponible&#xa0;: Mailwright ne peut donc pas enregistrer de mots de passe.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="27"/>
        <source>The Windows Credential Manager is not available, so Mailwright cannot store passwords.</source>
        <translation>Le Gestionnaire d’identification Windows n’est pas disponible&#xa0;: Mailwright ne peut donc pas enregistrer de mots de passe.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="30"/>
        <source>No Secret Service (such as GNOME Keyring or KWallet) is running, so Mailwright cannot store passwords in the keychain.</source>
        <translation>Aucun service Secret Service (comme GNOME Keyring ou KWallet) n’est en cours d’exécution&#xa0;: Mailwright ne peut donc pas enregistrer de mots de passe dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="42"/>
        <source>Start your desktop&apos;s keyring or password manager and try again, or keep the password for this session only.</source>
        <translation>Démarrez le trousseau ou le gestionnaire de mots de passe de votre environnement de bureau puis réessayez, ou conservez le mot de passe pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="62"/>
        <source>Access to the keychain was denied.</source>
        <translation>L’accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="65"/>
        <source>The keychain could not delete the password.</source>
        <translation>Le trousseau n’a pas pu supprimer le mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="114"/>
        <source>The keychain did not answer within %1 seconds. It may be locked and waiting for a password prompt, or no Secret Service is running.</source>
        <translation>Le trousseau n’a pas répondu dans un délai de %1 secondes. Il est peut-être verrouillé et attend la saisie d’un mot de passe, ou aucun Secret Service n’est en cours d’exécution.</translation>
    </message>
</context>
<context>
    <name>LoginTest</name>
    <message>
        <location filename="../core/setup/logintest.cpp" line="101"/>
        <source>The connection is not encrypted; the password was not sent.</source>
        <translation>La connexion n’est pas chiffrée&#xa0;; le mot de passe n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/setup/logintest.cpp" line="118"/>
        <source>The server refused the user name or password.</source>
        <translation>Le serveur a refusé l’identifiant ou le mot de passe.</translation>
    </message>
</context>
<context>
    <name>MimeBuilder</name>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="156"/>
        <source>The %1 address &quot;%2&quot; contains a line break or a NUL character.</source>
        <translation>L’adresse «&#xa0;%2&#xa0;» (%1) contient un saut de ligne ou un caractère NUL.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="158"/>
        <location filename="../core/mime/mimebuilder.cpp" line="210"/>
        <source>Remove the line break; it could be used to inject header lines.</source>
        <translation>Supprimez le saut de ligne&#xa0;; il pourrait servir à injecter des lignes d’en-tête.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="165"/>
        <source>The %1 address &quot;%2&quot; is not valid: %3</source>
        <translation>L’adresse «&#xa0;%2&#xa0;» (%1) n’est pas valide&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="166"/>
        <source>Correct the address and try again.</source>
        <translation>Corrigez l’adresse et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="171"/>
        <source>The %1 address &quot;%2&quot; has non-ASCII characters before the @. Such addresses can only be sent through a server that supports SMTPUTF8 (RFC 6531), and this server does not.</source>
        <translation>L’adresse «&#xa0;%2&#xa0;» (%1) contient des caractères non ASCII avant le @. De telles adresses ne peuvent être envoyées que par un serveur prenant en charge SMTPUTF8 (RFC 6531), ce qui n’est pas le cas de ce serveur.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="176"/>
        <source>Ask the recipient for an ASCII address, or use a server that supports SMTPUTF8.</source>
        <translation>Demandez au destinataire une adresse en ASCII, ou utilisez un serveur qui prend en charge SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="185"/>
        <source>The message has no sender (From).</source>
        <translation>Le message n’a pas d’expéditeur (From).</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="186"/>
        <source>Set the sender&apos;s address.</source>
        <translation>Indiquez l’adresse de l’expéditeur.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="191"/>
        <source>Only one Reply-To address is supported.</source>
        <translation>Une seule adresse Reply-To est prise en charge.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="204"/>
        <source>The message has no recipients.</source>
        <translation>Le message n’a aucun destinataire.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="205"/>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation>Ajoutez au moins un destinataire dans À, Cc ou Cci.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="209"/>
        <source>The %1 contains a line break or a NUL character.</source>
        <translation>%1 contient un saut de ligne ou un caractère NUL.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="214"/>
        <source>subject</source>
        <translation>L’objet</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="219"/>
        <source>attachment name</source>
        <translation>Le nom de la pièce jointe</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="224"/>
        <source>&quot;%1&quot; is not a valid header field name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de champ d’en-tête valide.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="228"/>
        <source>The header field %1 is written by the message builder and cannot be set directly.</source>
        <translation>Le champ d’en-tête %1 est rédigé lors de la construction du message et ne peut pas être défini directement.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="232"/>
        <source>header field %1</source>
        <translation>Le champ d’en-tête %1</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="237"/>
        <source>In-Reply-To is not a message identifier of the form &lt;id@domain&gt;.</source>
        <translation>In-Reply-To n’est pas un identifiant de message de la forme &lt;id@domaine&gt;.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="242"/>
        <source>A References entry is not a message identifier of the form &lt;id@domain&gt;.</source>
        <translation>Une entrée de References n’est pas un identifiant de message de la forme &lt;id@domaine&gt;.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="246"/>
        <source>The Message-ID is not of the form &lt;id@domain&gt;.</source>
        <translation>Le Message-ID n’est pas de la forme &lt;id@domaine&gt;.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="252"/>
        <source>The Message-ID domain is not valid: %1</source>
        <translation>Le domaine du Message-ID n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="263"/>
        <source>it does not exist</source>
        <translation>il n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="265"/>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="267"/>
        <source>it cannot be read (permission denied)</source>
        <translation>il ne peut pas être lu (accès refusé)</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="276"/>
        <source>The attachment &quot;%1&quot; cannot be attached: %2.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être joint&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="278"/>
        <source>Check that the file exists and can be read, or remove it.</source>
        <translation>Vérifiez que le fichier existe et qu’il peut être lu, ou retirez-le.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="549"/>
        <location filename="../core/mime/mimebuilder.cpp" line="554"/>
        <source>The message could not be built.</source>
        <translation>Le message n’a pas pu être construit.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="563"/>
        <source>The message could not be built: the result violates RFC 5322.</source>
        <translation>Le message n’a pas pu être construit&#xa0;: le résultat enfreint la RFC 5322.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/send/outbox.cpp" line="111"/>
        <source>Mailwright stopped while this message was being transferred; the server may have received it. Check the recipient&apos;s copy or your Sent folder, then send it again or delete it.</source>
        <translation>Mailwright s’est arrêté pendant la transmission de ce message&#xa0;; le serveur l’a peut-être reçu. Vérifiez la copie du destinataire ou votre dossier «&#xa0;Éléments envoyés&#xa0;», puis renvoyez-le ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="274"/>
        <location filename="../core/send/outbox.cpp" line="306"/>
        <location filename="../core/send/outbox.cpp" line="333"/>
        <location filename="../core/send/outbox.cpp" line="388"/>
        <source>This message is not being sent.</source>
        <translation>Ce message n’est pas en cours d’envoi.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="291"/>
        <location filename="../core/send/outbox.cpp" line="325"/>
        <location filename="../core/send/outbox.cpp" line="543"/>
        <location filename="../core/send/outboxbatch.cpp" line="334"/>
        <source>The message is no longer in the outbox.</source>
        <translation>Le message ne se trouve plus dans la boîte d’envoi.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="376"/>
        <source>The connection broke after the message was transferred, before the server confirmed it; the server may have received it. Check the recipient&apos;s copy or your Sent folder, then send it again or delete it.</source>
        <translation>La connexion a été coupée après la transmission du message, avant que le serveur ne le confirme&#xa0;; le serveur l’a peut-être reçu. Vérifiez la copie du destinataire ou votre dossier «&#xa0;Éléments envoyés&#xa0;», puis renvoyez-le ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="399"/>
        <source>Only a waiting or failed message can be held.</source>
        <translation>Seul un message en attente ou en échec peut être suspendu.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="412"/>
        <source>This message is not held.</source>
        <translation>Ce message n’est pas suspendu.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="428"/>
        <source>This message is being sent or was sent already.</source>
        <translation>Ce message est en cours d’envoi ou a déjà été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="450"/>
        <source>This message was sent already or has failed.</source>
        <translation>Ce message a déjà été envoyé ou a échoué.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="465"/>
        <source>This message is being sent right now; wait until the attempt ends.</source>
        <translation>Ce message est en cours d’envoi&#xa0;; attendez la fin de la tentative.</translation>
    </message>
    <message>
        <location filename="../core/send/outbox.cpp" line="505"/>
        <source>This message has not been sent yet.</source>
        <translation>Ce message n’a pas encore été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/send/outboxfiles.cpp" line="29"/>
        <source>The file %1 changed or disappeared after the message was queued, so it was not sent. Send the file again.</source>
        <translation>Le fichier %1 a été modifié ou supprimé après la mise en file d’attente du message ; il n’a donc pas été envoyé. Envoyez de nouveau le fichier.</translation>
    </message>
</context>
<context>
    <name>Pop3Session</name>
    <message>
        <location filename="../core/sync/pop3session.cpp" line="93"/>
        <source>The POP3 session is not open.</source>
        <translation>La session POP3 n’est pas ouverte.</translation>
    </message>
    <message>
        <location filename="../core/sync/pop3session.cpp" line="145"/>
        <source>The connection is not encrypted, so the password was not sent.</source>
        <translation>La connexion n’est pas chiffrée, le mot de passe n’a donc pas été envoyé.</translation>
    </message>
</context>
<context>
    <name>PreparedMessage</name>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="32"/>
        <source>Fix the message file and try again.</source>
        <translation>Corrigez le fichier du message et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="105"/>
        <source>The message starts with an indented line; the first line must be a header field such as &quot;From: ...&quot;.</source>
        <translation>Le message commence par une ligne en retrait&#xa0;; la première ligne doit être un champ d’en-tête comme «&#xa0;From: ...&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="119"/>
        <source>The file starts with an mbox &quot;From &quot; line; give a single message, not an mbox file.</source>
        <translation>Le fichier commence par une ligne mbox «&#xa0;From&#xa0;»&#xa0;; indiquez un message unique, pas un fichier mbox.</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="121"/>
        <source>Header line %1 is not a header field (&quot;Name: value&quot;): %2</source>
        <translation>La ligne d’en-tête %1 n’est pas un champ d’en-tête («&#xa0;Nom: valeur&#xa0;»)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="130"/>
        <source>The message has no empty line between its header and its body.</source>
        <translation>Le message n’a pas de ligne vide entre son en-tête et son corps.</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="132"/>
        <source>The message has no header.</source>
        <translation>Le message n’a pas d’en-tête.</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="158"/>
        <source>The %1 header has an invalid address &quot;%2&quot;: %3</source>
        <translation>L’en-tête %1 contient une adresse non valide «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="171"/>
        <source>The message has no From header with an address; it is needed as the envelope sender.</source>
        <translation>Le message n’a pas d’en-tête From avec une adresse&#xa0;; elle est nécessaire comme expéditeur de l’enveloppe.</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="209"/>
        <source>The message body contains NUL bytes, which SMTP cannot carry; encode binary content with base64.</source>
        <translation>Le corps du message contient des octets NUL, que SMTP ne peut pas transporter&#xa0;; encodez le contenu binaire en base64.</translation>
    </message>
    <message>
        <location filename="../core/mime/preparedmessage.cpp" line="230"/>
        <source>The message file &quot;%1&quot; cannot be read: %2</source>
        <translation>Le fichier de message «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="29"/>
        <source>TLS (implicit)</source>
        <translation>TLS (implicite)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="30"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="31"/>
        <source>None (clear text, unsafe)</source>
        <translation>Aucune (texte en clair, non sécurisé)</translation>
    </message>
</context>
<context>
    <name>ReplyBuilder</name>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="86"/>
        <source>an unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="113"/>
        <source>On %1, %2 wrote:</source>
        <translation>%2 a écrit (%1)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="155"/>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Message transféré --------</translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="156"/>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="157"/>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="158"/>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/compose/replybuilder.cpp" line="163"/>
        <source>To: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SendService</name>
    <message>
        <location filename="../core/send/sendservice.cpp" line="110"/>
        <location filename="../core/send/sendservice.cpp" line="168"/>
        <source>There is no account named %1.</source>
        <translation>Aucun compte ne s’appelle %1.</translation>
    </message>
    <message>
        <location filename="../core/send/sendservice.cpp" line="205"/>
        <source>No password is stored for the incoming server.</source>
        <translation>Aucun mot de passe n’est enregistré pour le serveur de réception.</translation>
    </message>
    <message>
        <location filename="../core/send/sendservice.cpp" line="223"/>
        <source>No password is stored for sending.</source>
        <translation>Aucun mot de passe n’est enregistré pour l’envoi.</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="133"/>
        <source>The connection is not encrypted; the password was not sent.</source>
        <translation>La connexion n’est pas chiffrée&#xa0;; le mot de passe n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="160"/>
        <source>The server offers no login on this connection.</source>
        <translation>Le serveur ne propose aucune connexion authentifiée sur cette connexion.</translation>
    </message>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="161"/>
        <source>The server offers no supported login method (it offers: %1).</source>
        <translation>Le serveur ne propose aucune méthode de connexion prise en charge (méthodes proposées&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="309"/>
        <location filename="../core/send/smtpsession.cpp" line="324"/>
        <location filename="../core/send/smtpsession.cpp" line="399"/>
        <source>This connection cannot be used any more; open a new one.</source>
        <translation>Cette connexion n’est plus utilisable&#xa0;; ouvrez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../core/send/smtpenvelope.cpp" line="51"/>
        <source>The message has no recipients.</source>
        <translation>Le message n’a aucun destinataire.</translation>
    </message>
    <message>
        <location filename="../core/send/smtpenvelope.cpp" line="59"/>
        <source>The address %1 is not valid.</source>
        <translation>L’adresse %1 n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../core/send/smtpenvelope.cpp" line="65"/>
        <source>The message is %1 bytes; this server accepts at most %2 bytes.</source>
        <translation>Le message fait %1 octets&#xa0;; ce serveur accepte au maximum %2 octets.</translation>
    </message>
    <message>
        <location filename="../core/send/smtpenvelope.cpp" line="79"/>
        <source>This message needs an internationalized address (SMTPUTF8), which this server does not support.</source>
        <translation>Ce message nécessite une adresse internationalisée (SMTPUTF8), que ce serveur ne prend pas en charge.</translation>
    </message>
    <message>
        <location filename="../core/send/smtpsession.cpp" line="404"/>
        <source>The address is not valid.</source>
        <translation>L’adresse n’est pas valide.</translation>
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
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="131"/>
        <source>Looking up %1 took too long.</source>
        <translation>La résolution de %1 a pris trop de temps.</translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="138"/>
        <source>The server name %1 could not be found.</source>
        <translation>Le nom de serveur %1 est introuvable.</translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="176"/>
        <source>Could not create a network socket.</source>
        <translation>Impossible de créer un socket réseau.</translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="219"/>
        <source>The server %1 refused the connection on port %2.</source>
        <translation>Le serveur %1 a refusé la connexion sur le port %2.</translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="224"/>
        <source>No answer from %1 on port %2.</source>
        <translation>Aucune réponse de %1 sur le port %2.</translation>
    </message>
    <message>
        <location filename="../core/net/tcpconnect.cpp" line="227"/>
        <source>Could not connect to %1 on port %2.</source>
        <translation>Impossible de se connecter à %1 sur le port %2.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="207"/>
        <source>The connection is closed.</source>
        <translation>La connexion est fermée.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="298"/>
        <source>The server cannot check passwords right now; try again later.</source>
        <translation>Le serveur ne peut pas vérifier les mots de passe pour l’instant ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="301"/>
        <source>The server accepts the password only over an encrypted connection.</source>
        <translation>Le serveur n’accepte le mot de passe que sur une connexion chiffrée.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="306"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Le serveur n’a pas accepté l’identifiant ou le mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="338"/>
        <source>The server refused the command %1.</source>
        <translation>Le serveur a refusé la commande %1.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="344"/>
        <location filename="../core/net/wireconnection.cpp" line="224"/>
        <source>The server stopped responding.</source>
        <translation>Le serveur ne répond plus.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="352"/>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="357"/>
        <source>The folder does not exist on the server.</source>
        <translation>Le dossier n’existe pas sur le serveur.</translation>
    </message>
    <message>
        <location filename="../core/net/vmimewire.cpp" line="361"/>
        <source>Unexpected error in the mail protocol library.</source>
        <translation>Erreur inattendue dans la bibliothèque du protocole de messagerie.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="81"/>
        <source>The server did not finish in the time allowed.</source>
        <translation>Le serveur n’a pas terminé dans le délai imparti.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="88"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Le serveur a fermé la connexion de manière inattendue.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="114"/>
        <source>Unencrypted connections are not allowed for this account.</source>
        <translation>Les connexions non chiffrées ne sont pas autorisées pour ce compte.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="133"/>
        <source>Could not use the network connection.</source>
        <translation>Impossible d’utiliser la connexion réseau.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="245"/>
        <source>The server sent an overlong line.</source>
        <translation>Le serveur a envoyé une ligne trop longue.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="303"/>
        <source>The server stopped accepting data.</source>
        <translation>Le serveur n’accepte plus de données.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="342"/>
        <source>The server sent a reply that is not valid SMTP.</source>
        <translation>Le serveur a envoyé une réponse qui n’est pas du SMTP valide.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="355"/>
        <source>The server sent an overlong reply.</source>
        <translation>Le serveur a envoyé une réponse trop longue.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="397"/>
        <source>The server does not accept connections right now.</source>
        <translation>Le serveur n’accepte pas de connexion pour le moment.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="398"/>
        <source>The server&apos;s greeting is not valid for this protocol.</source>
        <translation>Le message d’accueil du serveur n’est pas valide pour ce protocole.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="422"/>
        <location filename="../core/net/wireconnection.cpp" line="462"/>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted.</source>
        <translation>Le serveur ne propose pas STARTTLS&#xa0;: la connexion ne peut donc pas être chiffrée.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="453"/>
        <source>The server refused the CAPABILITY command.</source>
        <translation>Le serveur a refusé la commande CAPABILITY.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="476"/>
        <source>The server refused to start encryption (STARTTLS).</source>
        <translation>Le serveur a refusé d’activer le chiffrement (STARTTLS).</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="506"/>
        <source>The server does not offer STLS, so the connection cannot be encrypted.</source>
        <translation>Le serveur ne propose pas STLS&#xa0;: la connexion ne peut donc pas être chiffrée.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="515"/>
        <source>The server refused to start encryption (STLS).</source>
        <translation>Le serveur a refusé d’activer le chiffrement (STLS).</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="530"/>
        <source>The server sent unexpected data before encryption started.</source>
        <translation>Le serveur a envoyé des données inattendues avant le début du chiffrement.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="574"/>
        <source>The TLS handshake timed out.</source>
        <translation>La négociation TLS a expiré.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="582"/>
        <source>The server&apos;s certificate has expired or is not yet valid.</source>
        <translation>Le certificat du serveur a expiré ou n’est pas encore valide.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="585"/>
        <source>The server&apos;s certificate is for a different server name than %1.</source>
        <translation>Le certificat du serveur concerne un autre nom de serveur que %1.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="589"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Le certificat du serveur n’est pas digne de confiance.</translation>
    </message>
    <message>
        <location filename="../core/net/wireconnection.cpp" line="604"/>
        <source>The secure connection (TLS) could not be established.</source>
        <translation>La connexion sécurisée (TLS) n’a pas pu être établie.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="63"/>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="69"/>
        <location filename="../app/cli/cliargs.cpp" line="73"/>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="85"/>
        <source>option --%1 needs a value</source>
        <translation>l’option --%1 attend une valeur</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="90"/>
        <source>option --%1 takes no value</source>
        <translation>l’option --%1 n’accepte pas de valeur</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="95"/>
        <source>option --%1 given twice</source>
        <translation>l’option --%1 est donnée deux fois</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="115"/>
        <source>print the result as JSON</source>
        <translation>afficher le résultat en JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="121"/>
        <source>give up after S seconds</source>
        <translation>abandonner après S secondes</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="127"/>
        <source>use DIR for settings and data instead of the default location</source>
        <translation>utiliser DIR pour les paramètres et les données au lieu de l’emplacement par défaut</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="134"/>
        <source>use the language CODE (e.g. de, fr) instead of the system&apos;s</source>
        <translation>utiliser la langue CODE (p.&#xa0;ex. de, fr) au lieu de celle du système</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="141"/>
        <source>say more on stderr</source>
        <translation>messages plus détaillés sur stderr</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="147"/>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_version.cpp" line="41"/>
        <source>print the version and the libraries in use</source>
        <translation>afficher la version et les bibliothèques utilisées</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="19"/>
        <source>Usage: mailwright-cli COMMAND [OPTIONS]

Commands:</source>
        <translation>Utilisation&#xa0;: mailwright-cli COMMANDE [OPTIONS]

Commandes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="22"/>
        <source>
Global options (accepted anywhere after the command):</source>
        <translation>
Options globales (acceptées partout après la commande)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26"/>
        <source>
&apos;mailwright-cli COMMAND --help&apos; describes one command. See docs/cli.md.</source>
        <translation>
«&#xa0;mailwright-cli COMMANDE --help&#xa0;» décrit une commande. Voir docs/cli.md.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32"/>
        <source>Usage: mailwright-cli %1 %2

%3
</source>
        <translation>Utilisation&#xa0;: mailwright-cli %1 %2

%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="66"/>
        <source>mailwright-cli: no translation for &apos;%1&apos;; available: %2</source>
        <translation>mailwright-cli&#xa0;: aucune traduction pour «&#xa0;%1&#xa0;»&#xa0;; disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="92"/>
        <location filename="../app/cli/sendcommon.cpp" line="107"/>
        <source>Try &apos;mailwright-cli %1 --help&apos;.</source>
        <translation>Essayez «&#xa0;mailwright-cli %1 --help&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="105"/>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout attend un nombre de secondes positif</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="114"/>
        <source>mailwright-cli: unknown command &apos;%1&apos;. Try &apos;mailwright-cli --help&apos;.</source>
        <translation>mailwright-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;». Essayez «&#xa0;mailwright-cli --help&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/accountjson.cpp" line="70"/>
        <source>missing &apos;]&apos; in &quot;%1&quot;</source>
        <translation>«&#xa0;]&#xa0;» manquant dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/accountjson.cpp" line="76"/>
        <source>expected HOST:PORT, got &quot;%1&quot;</source>
        <translation>HOST:PORT attendu, «&#xa0;%1&#xa0;» reçu</translation>
    </message>
    <message>
        <location filename="../app/cli/accountjson.cpp" line="88"/>
        <source>missing host name in &quot;%1&quot;</source>
        <translation>nom d’hôte manquant dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/accountjson.cpp" line="96"/>
        <source>bad port &quot;%1&quot; (1-65535)</source>
        <translation>port «&#xa0;%1&#xa0;» non valide (1-65535)</translation>
    </message>
    <message>
        <location filename="../app/cli/clipassword.cpp" line="57"/>
        <location filename="../app/cli/sendcommon.cpp" line="53"/>
        <source>give the password with only one of --password-stdin or --password-env</source>
        <translation>indiquez le mot de passe avec une seule des options --password-stdin ou --password-env</translation>
    </message>
    <message>
        <location filename="../app/cli/clipassword.cpp" line="31"/>
        <source>the environment variable %1 is not set</source>
        <translation>la variable d’environnement %1 n’est pas définie</translation>
    </message>
    <message>
        <location filename="../app/cli/clipassword.cpp" line="40"/>
        <source>the password is empty</source>
        <translation>le mot de passe est vide</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="49"/>
        <source>Try &apos;mailwright-cli account --help&apos;.</source>
        <translation>Essayez «&#xa0;mailwright-cli account --help&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="62"/>
        <source>Nothing was changed. Start a Secret Service (for example gnome-keyring-daemon) in this session, then try again.</source>
        <translation>Rien n’a été modifié. Démarrez un Secret Service (par exemple gnome-keyring-daemon) dans cette session, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="98"/>
        <source>give the password with exactly one of --password-stdin or --password-env VAR (never on the command line)</source>
        <translation>indiquez le mot de passe avec exactement une des options --password-stdin ou --password-env VAR (jamais sur la ligne de commande)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="111"/>
        <source>--%1-security must be implicit, starttls or none, not &quot;%2&quot;</source>
        <translation>--%1-security doit valoir implicit, starttls ou none, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="163"/>
        <source>No usable outgoing server was found for %1.</source>
        <translation>Aucun serveur d’envoi utilisable n’a été trouvé pour %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="193"/>
        <source>account add needs --address ADDRESS</source>
        <translation>account add nécessite --address ADDRESS</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="198"/>
        <source>account add needs --smtp HOST:PORT or --detect ADDRESS</source>
        <translation>account add nécessite --smtp HOST:PORT ou --detect ADDRESS</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="204"/>
        <source>give either --imap or --pop3, not both</source>
        <translation>indiquez soit --imap, soit --pop3, mais pas les deux</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="221"/>
        <source>The CA file %1 does not exist or cannot be read.</source>
        <translation>Le fichier d’autorité de certification %1 n’existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="238"/>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="254"/>
        <source>Account &quot;%1&quot; added; its password is in the keychain.</source>
        <translation>Compte «&#xa0;%1&#xa0;» ajouté&#xa0;; son mot de passe est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="288"/>
        <source>Account:   %1</source>
        <translation>Compte&#xa0;:      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="290"/>
        <source>Identity:  %1 &lt;%2&gt;</source>
        <translation>Identité&#xa0;:    %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="292"/>
        <source>SMTP:      %1:%2 (%3), user %4, auth %5</source>
        <translation>SMTP&#xa0;:        %1:%2 (%3), identifiant %4, authentification %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="297"/>
        <source>Incoming:  %1 %2:%3 (%4), user %5</source>
        <translation>Réception&#xa0;:   %1 %2:%3 (%4), identifiant %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="302"/>
        <source>Incoming:  none</source>
        <translation>Réception&#xa0;:   aucun</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="304"/>
        <source>CA file:   %1</source>
        <translation>Fichier AC&#xa0;:  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="305"/>
        <source>Check:     every %1 minutes</source>
        <translation>Relève&#xa0;:      toutes les %1 minutes</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="317"/>
        <source>The account was kept. Start the keychain and try again, or add --force to remove only the settings.</source>
        <translation>Le compte a été conservé. Démarrez le trousseau et réessayez, ou ajoutez --force pour ne supprimer que les paramètres.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="328"/>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>Compte «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="342"/>
        <source>--server must be smtp, incoming or both (and the account must have that server)</source>
        <translation>--server doit valoir smtp, incoming ou both (et le compte doit avoir ce serveur)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="354"/>
        <source>Password of &quot;%1&quot; stored in the keychain.</source>
        <translation>Mot de passe de «&#xa0;%1&#xa0;» enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="363"/>
        <source>missing subcommand: add, list, show, remove or set-password</source>
        <translation>sous-commande manquante&#xa0;: add, list, show, remove ou set-password</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="369"/>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>sous-commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="371"/>
        <source>account %1 needs exactly one NAME</source>
        <translation>account %1 nécessite exactement un NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="372"/>
        <source>account list takes no NAME</source>
        <translation>account list n’accepte pas de NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="385"/>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Aucun compte ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="400"/>
        <source>add, list, show, remove accounts and set their passwords</source>
        <translation>ajouter, lister, afficher, supprimer des comptes et définir leurs mots de passe</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="405"/>
        <source>email address of the account (add)</source>
        <translation>adresse électronique du compte (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="408"/>
        <source>find the servers for ADDRESS and test the login instead of --smtp (add)</source>
        <translation>trouver les serveurs de ADDRESS et tester la connexion, au lieu de --smtp (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="412"/>
        <source>name shown to recipients (add)</source>
        <translation>nom affiché aux destinataires (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="413"/>
        <source>outgoing server (add)</source>
        <translation>serveur d’envoi (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="415"/>
        <location filename="../app/cli/cmd_account.cpp" line="418"/>
        <location filename="../app/cli/cmd_account.cpp" line="421"/>
        <source>implicit, starttls or none (add)</source>
        <translation>implicit, starttls ou none (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="416"/>
        <source>incoming IMAP server (add)</source>
        <translation>serveur de réception IMAP (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="419"/>
        <source>incoming POP3 server (add)</source>
        <translation>serveur de réception POP3 (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="423"/>
        <source>login name for both servers; default: the address (add)</source>
        <translation>identifiant pour les deux serveurs&#xa0;; par défaut&#xa0;: l’adresse (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="426"/>
        <source>also trust this CA certificate (add)</source>
        <translation>faire aussi confiance à ce certificat d’autorité (add)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="428"/>
        <location filename="../app/cli/cmd_detect.cpp" line="100"/>
        <location filename="../app/cli/cmd_probe.cpp" line="213"/>
        <source>read the password from standard input</source>
        <translation>lire le mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="430"/>
        <location filename="../app/cli/cmd_detect.cpp" line="98"/>
        <location filename="../app/cli/cmd_probe.cpp" line="211"/>
        <source>read the password from environment variable VAR</source>
        <translation>lire le mot de passe dans la variable d’environnement VAR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="433"/>
        <source>smtp, incoming or both (set-password; default both)</source>
        <translation>smtp, incoming ou both (set-password&#xa0;; par défaut&#xa0;: both)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_account.cpp" line="435"/>
        <source>remove the settings even if the keychain fails (remove)</source>
        <translation>supprimer les paramètres même si le trousseau échoue (remove)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="40"/>
        <source>%1: %2 port %3, %4 (from %5)</source>
        <translation>%1&#xa0;: %2 port %3, %4 (source&#xa0;: %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="45"/>
        <source>%1: nothing usable found</source>
        <translation>%1&#xa0;: rien d’utilisable trouvé</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="51"/>
        <location filename="../app/cli/cmd_probe.cpp" line="63"/>
        <source>Login as %1: ok</source>
        <translation>Connexion en tant que %1&#xa0;: OK</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="54"/>
        <source>Login failed: %1 %2</source>
        <translation>Échec de la connexion&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="56"/>
        <source>Done in %1 ms.</source>
        <translation>Terminé en %1 ms.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="63"/>
        <source>mailwright-cli detect: give one email address, e.g. mailwright-cli detect alice@example.org</source>
        <translation>mailwright-cli detect&#xa0;: indiquez une adresse électronique, p. ex. mailwright-cli detect alice@example.org</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="93"/>
        <source>find the servers for an address (table, SRV, autoconfig, MX, probe), log in</source>
        <translation>trouver les serveurs d’une adresse (table, SRV, autoconfig, MX, sondage des ports), puis se connecter</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="101"/>
        <source>skip the login test</source>
        <translation>ne pas tester la connexion</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="103"/>
        <source>also offer servers without encryption</source>
        <translation>proposer aussi des serveurs sans chiffrement</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_detect.cpp" line="105"/>
        <location filename="../app/cli/cmd_probe.cpp" line="218"/>
        <source>also trust the CA certificates in PEM</source>
        <translation>faire aussi confiance aux certificats d’autorité contenus dans PEM</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="20"/>
        <source>--account is required</source>
        <translation>--account est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="28"/>
        <source>--limit needs a positive number</source>
        <translation>--limit attend un nombre positif</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="37"/>
        <source>no folder &apos;%1&apos; for account &apos;%2&apos; in the cache; run &apos;mailwright-cli sync&apos; first</source>
        <translation>aucun dossier «&#xa0;%1&#xa0;» pour le compte «&#xa0;%2&#xa0;» dans le cache&#xa0;; lancez d’abord «&#xa0;mailwright-cli sync&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="78"/>
        <source>at most N messages (default 50)</source>
        <translation>au plus N messages (par défaut&#xa0;: 50)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="81"/>
        <source>only messages with these words (subject, addresses, fetched bodies)</source>
        <translation>uniquement les messages contenant ces mots (objet, adresses, corps déjà récupérés)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_list.cpp" line="85"/>
        <source>list cached messages, newest first</source>
        <translation>lister les messages en cache, du plus récent au plus ancien</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="42"/>
        <source>TLS: %1, %2; certificate for %3, issued by %4, valid until %5%6</source>
        <translation>TLS&#xa0;: %1, %2&#xa0;; certificat pour %3, émis par %4, valide jusqu’au %5%6</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="45"/>
        <source> (pinned)</source>
        <translation> (épinglé)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="53"/>
        <source>Certificate: %1, issued by %2, names %3, valid %4 to %5, SHA-256 %6</source>
        <translation>Certificat&#xa0;: %1, émis par %2, noms %3, valide du %4 au %5, SHA-256 %6</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="58"/>
        <location filename="../app/cli/cmd_probe.cpp" line="60"/>
        <source>Capabilities: %1</source>
        <translation>Capacités&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="65"/>
        <source>Login as %1 failed: %2 %3</source>
        <translation>Échec de la connexion en tant que %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="77"/>
        <source>usage: probe smtp|imap|pop3 HOST [--port N] [--security S]</source>
        <translation>utilisation&#xa0;: probe smtp|imap|pop3 HOST [--port N] [--security S]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="80"/>
        <source>unknown protocol &quot;%1&quot; (smtp, imap or pop3)</source>
        <translation>protocole inconnu «&#xa0;%1&#xa0;» (smtp, imap ou pop3)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="83"/>
        <source>bad host name &quot;%1&quot;</source>
        <translation>nom d’hôte non valide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="90"/>
        <source>--port must be 1-65535</source>
        <translation>--port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="113"/>
        <source>--security must be auto, implicit, starttls or none</source>
        <translation>--security doit valoir auto, implicit, starttls ou none</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="133"/>
        <source>a login test needs --user U</source>
        <translation>un test de connexion nécessite --user U</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="135"/>
        <source>--user needs --password-env VAR or --password-stdin</source>
        <translation>--user nécessite --password-env VAR ou --password-stdin</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="201"/>
        <source>connect to one server, show TLS and capabilities, optionally log in</source>
        <translation>se connecter à un serveur, afficher TLS et ses capacités, et éventuellement s’identifier</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="206"/>
        <source>port (default: the protocol&apos;s)</source>
        <translation>port (par défaut&#xa0;: celui du protocole)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="208"/>
        <source>auto, implicit, starttls or none</source>
        <translation>auto, implicit, starttls ou none</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="209"/>
        <source>log in as U (login test)</source>
        <translation>se connecter en tant que U (test de connexion)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="215"/>
        <source>print the protocol transcript (passwords redacted)</source>
        <translation>afficher la transcription du protocole (mots de passe masqués)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="27"/>
        <source>--uid needs a message UID</source>
        <translation>--uid attend l’UID d’un message</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="46"/>
        <source>message %1 is not in the cache; give the server options to fetch it</source>
        <translation>le message %1 n’est pas dans le cache&#xa0;; indiquez les options du serveur pour le récupérer</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="89"/>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="90"/>
        <source>To: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="92"/>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="93"/>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="97"/>
        <source>[attachment] %1 (%2, %3 bytes)</source>
        <translation>[pièce jointe] %1 (%2, %3 octets)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="109"/>
        <source>the message&apos;s UID</source>
        <translation>l’UID du message</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="114"/>
        <source>the exact bytes (base64 in JSON)</source>
        <translation>les octets exacts (en base64 dans le JSON)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="118"/>
        <source>show a message (fetched on demand, never marked read)</source>
        <translation>afficher un message (récupéré à la demande, jamais marqué comme lu)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="54"/>
        <source>%1 (POP3): %2 new, %3 deleted on the server, %4 on the server; %5 messages, %6 unread</source>
        <translation>%1 (POP3)&#xa0;: %2 nouveaux, %3 supprimés sur le serveur, %4 sur le serveur&#xa0;; %5 messages, %6 non lus</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="119"/>
        <source>%1: %2 new, %3 flag changes, %4 removed%5; %6 messages, %7 unread</source>
        <translation>%1&#xa0;: %2 nouveaux, %3 changements d’indicateurs, %4 supprimés%5&#xa0;; %6 messages, %7 non lus</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="126"/>
        <source> (UIDVALIDITY changed: refetched)</source>
        <translation> (UIDVALIDITY modifié&#xa0;: récupéré à nouveau)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="157"/>
        <source>sync every folder</source>
        <translation>synchroniser tous les dossiers</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="160"/>
        <source>messages per batch (default 5000)</source>
        <translation>messages par lot (par défaut&#xa0;: 5000)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="164"/>
        <source>fetch new messages and flag changes into the cache</source>
        <translation>récupérer les nouveaux messages et les changements d’indicateurs dans le cache</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="32"/>
        <source>the account (its cache entries)</source>
        <translation>le compte (ses entrées dans le cache)</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="34"/>
        <source>folder path, &apos;/&apos; between levels (default INBOX)</source>
        <translation>chemin du dossier, «&#xa0;/&#xa0;» entre les niveaux (par défaut&#xa0;: INBOX)</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="43"/>
        <source>server host (ad hoc account)</source>
        <translation>hôte du serveur (compte ad hoc)</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="44"/>
        <source>server port</source>
        <translation>port du serveur</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="46"/>
        <source>implicit, starttls or none (default implicit)</source>
        <translation>implicit, starttls ou none (par défaut&#xa0;: implicit)</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="47"/>
        <source>login name</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="49"/>
        <source>environment variable holding the password</source>
        <translation>variable d’environnement contenant le mot de passe</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="51"/>
        <source>extra trusted CA certificates</source>
        <translation>certificats d’autorité de confiance supplémentaires</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="53"/>
        <source>imap (default) or pop3</source>
        <translation>imap (par défaut) ou pop3</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="55"/>
        <source>POP3 (ad hoc): delete from the server N days after download</source>
        <translation>POP3 (ad hoc)&#xa0;: supprimer du serveur N jours après le téléchargement</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="60"/>
        <source>POP3 (ad hoc): delete from the server once downloaded</source>
        <translation>POP3 (ad hoc)&#xa0;: supprimer du serveur une fois téléchargé</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="121"/>
        <source>give --account NAME (see &apos;mailwright-cli account list&apos;) or the server options (--host ...)</source>
        <translation>indiquez --account NOM (voir «&#xa0;mailwright-cli account list&#xa0;») ou les options du serveur (--host ...)</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="130"/>
        <source>no account named &apos;%1&apos;; see &apos;mailwright-cli account list&apos;</source>
        <translation>aucun compte ne s’appelle «&#xa0;%1&#xa0;»&#xa0;; voir «&#xa0;mailwright-cli account list&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="134"/>
        <source>the account &apos;%1&apos; has no incoming server</source>
        <translation>le compte «&#xa0;%1&#xa0;» n’a pas de serveur de réception</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="163"/>
        <source>no password stored for &apos;%1&apos;; run &apos;mailwright-cli account set-password %1&apos; or give --password-env VAR</source>
        <translation>aucun mot de passe enregistré pour «&#xa0;%1&#xa0;»&#xa0;; lancez «&#xa0;mailwright-cli account set-password %1&#xa0;» ou indiquez --password-env VAR</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="196"/>
        <source>--protocol must be imap or pop3</source>
        <translation>--protocol doit valoir imap ou pop3</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="202"/>
        <source>--security must be implicit, starttls or none</source>
        <translation>--security doit valoir implicit, starttls ou none</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="210"/>
        <source>--port needs a port number</source>
        <translation>--port attend un numéro de port</translation>
    </message>
    <message>
        <location filename="../app/cli/storecli.cpp" line="225"/>
        <source>--user and --password-env are required with --host</source>
        <translation>--user et --password-env sont obligatoires avec --host</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="97"/>
        <source>Mail for %1 waits in the outbox; flush it with the same server options it was sent with.</source>
        <translation>Du courrier pour %1 attend dans la boîte d’envoi&#xa0;; videz-la avec les mêmes options de serveur que lors de l’envoi.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="132"/>
        <source>%1 needs one message id</source>
        <translation>%1 attend un identifiant de message</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="142"/>
        <source>message %1 is due now</source>
        <translation>le message %1 est désormais prêt à l’envoi</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="143"/>
        <source>message %1 deleted</source>
        <translation>message %1 supprimé</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="152"/>
        <source>say list, flush, retry ID or delete ID</source>
        <translation>indiquez list, flush, retry ID ou delete ID</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="154"/>
        <source>server options belong to outbox flush</source>
        <translation>les options de serveur s’utilisent avec outbox flush</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="164"/>
        <source>unknown outbox command %1</source>
        <translation>commande outbox inconnue %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_outbox.cpp" line="171"/>
        <source>list, flush, retry or delete queued mail</source>
        <translation>lister, envoyer, réessayer ou supprimer le courrier en attente</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="98"/>
        <source>compose mode needs --from ADDRESS</source>
        <translation>le mode rédaction nécessite --from ADDRESS</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="109"/>
        <source>give at least one recipient (--to, --cc, --bcc)</source>
        <translation>indiquez au moins un destinataire (--to, --cc, --bcc)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="115"/>
        <source>Cannot read the body file %1.</source>
        <translation>Impossible de lire le fichier du corps %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="124"/>
        <source>Cannot read the HTML file %1.</source>
        <translation>Impossible de lire le fichier HTML %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="175"/>
        <source>%1 has no From header; give --from.</source>
        <translation>%1 n’a pas d’en-tête From&#xa0;; indiquez --from.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="190"/>
        <source>%1: no recipients; give --to/--cc/--bcc or -t</source>
        <translation>%1&#xa0;: aucun destinataire&#xa0;; indiquez --to/--cc/--bcc ou -t</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="217"/>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="219"/>
        <source>-t reads the recipients of --eml files</source>
        <translation>-t lit les destinataires des fichiers --eml</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="224"/>
        <source>--%1 composes a message; it cannot be combined with --eml</source>
        <translation>--%1 rédige un message&#xa0;; il ne peut pas être combiné avec --eml</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="254"/>
        <source>--eml needs at least one file</source>
        <translation>--eml attend au moins un fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="288"/>
        <source>queued: message %1</source>
        <translation>placé dans la boîte d’envoi&#xa0;: message %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="341"/>
        <source>send mail (compose or prepared .eml files) through the outbox</source>
        <translation>envoyer du courrier (rédigé ou fichiers .eml préparés) via la boîte d’envoi</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="44"/>
        <location filename="../app/cli/sendcommon.cpp" line="216"/>
        <source>standard input cannot carry both the body and the password</source>
        <translation>l’entrée standard ne peut pas fournir à la fois le corps et le mot de passe</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="147"/>
        <source>There is no account named %1.</source>
        <translation>Aucun compte ne s’appelle %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="164"/>
        <source>No password is stored for account %1; use &apos;mailwright-cli account set-password %1&apos;.</source>
        <translation>Aucun mot de passe n’est enregistré pour le compte %1&#xa0;; utilisez «&#xa0;mailwright-cli account set-password %1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="206"/>
        <source>name the server with either --account NAME or --smtp-host HOST</source>
        <translation>désignez le serveur soit avec --account NAME, soit avec --smtp-host HOST</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="211"/>
        <source>--%1 belongs to an ad-hoc server, not to --account</source>
        <translation>--%1 s’applique à un serveur ad hoc, pas à --account</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="224"/>
        <source>--security must be implicit, starttls or none, not &quot;%1&quot;</source>
        <translation>--security doit valoir implicit, starttls ou none, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="230"/>
        <source>--smtp-port needs a port number</source>
        <translation>--smtp-port attend un numéro de port</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="255"/>
        <source>--user needs --password-env VAR or --password-stdin (never the password itself on the command line)</source>
        <translation>--user nécessite --password-env VAR ou --password-stdin (jamais le mot de passe lui-même sur la ligne de commande)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="258"/>
        <source>a password needs --user</source>
        <translation>un mot de passe nécessite --user</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="379"/>
        <source>sent: message %1 (%2 bytes)</source>
        <translation>envoyé&#xa0;: message %1 (%2 octets)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="382"/>
        <source>queued for retry</source>
        <translation>en attente d’une nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="383"/>
        <source>held</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="384"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="386"/>
        <source>%1: message %2: %3</source>
        <translation>%1&#xa0;: message %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="388"/>
        <source>server: %1</source>
        <translation>serveur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sendcommon.cpp" line="397"/>
        <source>%n SMTP connection(s)</source>
        <translation>
            <numerusform>%n connexion SMTP</numerusform>
            <numerusform>%n connexions SMTP</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommon.cpp" line="400"/>
        <source>The copy to the Sent folder failed (the mail was sent): %1</source>
        <translation>La copie dans le dossier «&#xa0;Éléments envoyés&#xa0;» a échoué (le message a été envoyé)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_send.cpp" line="298"/>
        <location filename="../app/cli/sendcommon.cpp" line="403"/>
        <source>The outbox failed: %1</source>
        <translation>La boîte d’envoi a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mailwright::AboutDialog</name>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="32"/>
        <source>About Mailwright</source>
        <translation>À propos de Mailwright</translation>
    </message>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="35"/>
        <source>&lt;h3&gt;Mailwright %1&lt;/h3&gt;&lt;p&gt;A desktop email client.&lt;/p&gt;&lt;p&gt;Copyright the Mailwright developers. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Mailwright comes with absolutely no warranty. It uses VMime, Qt, QtKeychain and OpenSSL; see the other tabs for the licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mailwright %1&lt;/h3&gt;&lt;p&gt;Un client de messagerie pour le bureau.&lt;/p&gt;&lt;p&gt;Copyright les développeurs de Mailwright. Distribué sous la licence publique générale GNU (GNU General Public License), version&#xa0;3 ou ultérieure (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Mailwright est fourni sans aucune garantie. Il utilise VMime, Qt, QtKeychain et OpenSSL&#xa0;; leurs licences figurent dans les autres onglets.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="61"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="62"/>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="63"/>
        <source>&amp;Third-party notices</source>
        <translation>&amp;Composants tiers</translation>
    </message>
</context>
<context>
    <name>mailwright::AccountEditor</name>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="39"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="42"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="43"/>
        <source>&amp;Servers</source>
        <translation>&amp;Serveurs</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="44"/>
        <source>&amp;Options</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="54"/>
        <source>&amp;Test settings…</source>
        <translation>&amp;Tester les paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="72"/>
        <source>e.g. Work</source>
        <translation>p. ex. Travail</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="77"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="79"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="81"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="96"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="97"/>
        <source>Identities (the first one is the default):</source>
        <translation>Identités (la première est l’identité par défaut)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="115"/>
        <source>default: the email address</source>
        <translation>par défaut&#xa0;: l’adresse électronique</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="125"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="129"/>
        <source>No authentication</source>
        <translation>Aucune authentification</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="130"/>
        <source>Outgoing (SMTP)</source>
        <translation>Envoi (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="132"/>
        <location filename="../ui/accounts/accounteditor.cpp" line="147"/>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="133"/>
        <location filename="../ui/accounts/accounteditor.cpp" line="148"/>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="134"/>
        <location filename="../ui/accounts/accounteditor.cpp" line="149"/>
        <source>Security:</source>
        <translation>Sécurité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="135"/>
        <location filename="../ui/accounts/accounteditor.cpp" line="150"/>
        <source>User name:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="136"/>
        <source>Authentication:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="140"/>
        <source>None (send only)</source>
        <translation>Aucun (envoi uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="144"/>
        <source>Incoming</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="146"/>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="169"/>
        <source>optional: an extra CA certificate (PEM) to trust</source>
        <translation>facultatif&#xa0;: un certificat d’autorité supplémentaire (PEM) auquel faire confiance</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="170"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="172"/>
        <source>CA certificate</source>
        <translation>Certificat d’autorité</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="173"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="186"/>
        <source>CA file:</source>
        <translation>Fichier d’autorité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="198"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="199"/>
        <source>only on request</source>
        <translation>uniquement sur demande</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="200"/>
        <source>Save a copy of sent messages in the Sent folder</source>
        <translation>Enregistrer une copie des messages envoyés dans le dossier «&#xa0;Éléments envoyés&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="202"/>
        <source>POP3: leave messages on the server</source>
        <translation>POP3&#xa0;: laisser les messages sur le serveur</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="207"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="208"/>
        <source>never delete</source>
        <translation>ne jamais supprimer</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="213"/>
        <source>Check for new mail every:</source>
        <translation>Fréquence de relève&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="216"/>
        <source>Delete from the server after:</source>
        <translation>Supprimer du serveur après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="217"/>
        <source>Sent folder:</source>
        <translation>Dossier des éléments envoyés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="218"/>
        <source>Drafts folder:</source>
        <translation>Dossier des brouillons&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounteditor.cpp" line="219"/>
        <source>Trash folder:</source>
        <translation>Dossier de la corbeille&#xa0;:</translation>
    </message>
</context>
<context>
    <name>mailwright::AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="30"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="34"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="37"/>
        <source>Add &amp;manually…</source>
        <translation>Ajouter ma&amp;nuellement…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="40"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="42"/>
        <source>Set &amp;password…</source>
        <translation>Définir le mot de &amp;passe…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="44"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="119"/>
        <source>Account &quot;%1&quot; added; its password is in the keychain.</source>
        <translation>Compte «&#xa0;%1&#xa0;» ajouté&#xa0;; son mot de passe est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="122"/>
        <source>Account &quot;%1&quot; added; its password is kept for this session only.</source>
        <translation>Compte «&#xa0;%1&#xa0;» ajouté&#xa0;; son mot de passe est conservé pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="135"/>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="142"/>
        <source>Account &quot;%1&quot; added.</source>
        <translation>Compte «&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="155"/>
        <source>Edit account &quot;%1&quot;</source>
        <translation>Modifier le compte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="170"/>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="171"/>
        <source>Remove the account &quot;%1&quot;?

Its settings and its passwords in the keychain will be deleted. Messages on the server are not touched.</source>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;»&#xa0;?

Ses paramètres et ses mots de passe enregistrés dans le trousseau seront effacés. Les messages sur le serveur ne sont pas touchés.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="177"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="190"/>
        <source>Removing &quot;%1&quot;…</source>
        <translation>Suppression de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="200"/>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>Compte «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="202"/>
        <source>Account &quot;%1&quot; removed, but its passwords could not be removed from the keychain: %2</source>
        <translation>Compte «&#xa0;%1&#xa0;» supprimé, mais ses mots de passe n’ont pas pu être retirés du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="221"/>
        <location filename="../ui/accounts/accountsdialog.cpp" line="256"/>
        <source>Enter the password of %1 for the account &quot;%2&quot;.</source>
        <translation>Saisissez le mot de passe de %1 pour le compte «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="243"/>
        <source>Password of &quot;%1&quot; saved in the keychain.</source>
        <translation>Mot de passe de «&#xa0;%1&#xa0;» enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsdialog.cpp" line="244"/>
        <source>Password of &quot;%1&quot; kept for this session only.</source>
        <translation>Mot de passe de «&#xa0;%1&#xa0;» conservé pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>mailwright::AddressField</name>
    <message>
        <location filename="../ui/compose/addressfield.cpp" line="72"/>
        <source>“%1” — %2</source>
        <translation>«&#xa0;%1&#xa0;» — %2</translation>
    </message>
</context>
<context>
    <name>mailwright::AddressPage</name>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="105"/>
        <source>Your email address</source>
        <translation>Votre adresse électronique</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="106"/>
        <source>Mailwright finds the servers and checks that sending works before it saves anything.</source>
        <translation>Mailwright recherche les serveurs et vérifie que l’envoi fonctionne avant d’enregistrer quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="110"/>
        <source>Alice Example</source>
        <translation>Marie Dupont</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="113"/>
        <source>alice@example.org</source>
        <translation>marie.dupont@example.org</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="119"/>
        <source>same as the address</source>
        <translation>identique à l’adresse</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="120"/>
        <source>Also offer servers without encryption (not recommended)</source>
        <translation>Proposer aussi des serveurs sans chiffrement (déconseillé)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="122"/>
        <source>Set up &amp;manually…</source>
        <translation>Configurer &amp;manuellement…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="129"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="130"/>
        <source>Email &amp;address:</source>
        <translation>&amp;Adresse électronique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="131"/>
        <source>&amp;Password:</source>
        <translation>M&amp;ot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="132"/>
        <source>Account na&amp;me:</source>
        <translation>Nom du &amp;compte&#xa0;:</translation>
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
        <translation>Le message non envoyé a été conservé comme brouillon.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composecontroller.cpp" line="161"/>
        <source>Sending is not available.</source>
        <translation>L’envoi n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composecontroller.cpp" line="162"/>
        <source>The account “%1” no longer exists.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composecontroller.cpp" line="223"/>
        <location filename="../ui/compose/composecontroller.cpp" line="271"/>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <location filename="../ui/compose/composecontroller.cpp" line="274"/>
        <source>An attachment could not be restored: %1</source>
        <translation>Une pièce jointe n’a pas pu être restaurée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mailwright::ComposerWindow</name>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="55"/>
        <location filename="../ui/compose/composerwindow.cpp" line="164"/>
        <source>New Message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="102"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="104"/>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="125"/>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="126"/>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="127"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="128"/>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;i&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="129"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="179"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="181"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="184"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="191"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="195"/>
        <source>Save &amp;Draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="199"/>
        <source>D&amp;iscard</source>
        <translation>Aba&amp;ndonner</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="201"/>
        <source>&amp;Rich Text</source>
        <translation>&amp;Texte enrichi</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="206"/>
        <source>Format</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="219"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="222"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="224"/>
        <source>Underline</source>
        <translation>Souligné</translation>
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
        <translation>Ces fichiers ne peuvent pas être joints (introuvables, dossiers ou illisibles)&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow.cpp" line="419"/>
        <source>Ignored from the link: %1</source>
        <translation>Ignoré dans le lien&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/composerwindow_send.cpp" line="74"/>
        <source>%n attachment(s), %1 — message about %2</source>
        <translation>
            <numerusform>%n pièce jointe, %1 — message d’environ %2</numerusform>
            <numerusform>%n pièces jointes, %1 — message d’environ %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="80"/>
        <source>This message is about %1 when sent, but the server of account “%2” accepts at most %3. Remove or shrink attachments, or share large files by link.</source>
        <translation>Une fois envoyé, ce message fera environ %1, mais le serveur du compte «&#xa0;%2&#xa0;» accepte au maximum %3. Supprimez ou réduisez des pièces jointes, ou partagez les fichiers volumineux par un lien.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="95"/>
        <source>Choose the account to send from (From). Add one in Settings ▸ Accounts.</source>
        <translation>Choisissez le compte d’envoi (De). Ajoutez-en un dans Paramètres ▸ Comptes.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="114"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="114"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="114"/>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="120"/>
        <source>%1: “%2” is not a valid address: %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une adresse valide&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="123"/>
        <source>The message was not sent.</source>
        <translation>Le message n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="127"/>
        <source>The message was not sent: add at least one recipient (To, Cc or Bcc).</source>
        <translation>Le message n’a pas été envoyé&#xa0;: ajoutez au moins un destinataire (À, Cc ou Cci).</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="131"/>
        <source>The message was not sent: at about %1 it is larger than the %2 the server of account “%3” accepts.</source>
        <translation>Le message n’a pas été envoyé&#xa0;: avec environ %1, il dépasse les %2 acceptés par le serveur du compte «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="140"/>
        <source>The message was not sent: the attachment %1 can no longer be read.</source>
        <translation>Le message n’a pas été envoyé&#xa0;: la pièce jointe %1 ne peut plus être lue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/composerwindow_send.cpp" line="215"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Envoi dans %n seconde…</numerusform>
            <numerusform>Envoi dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="226"/>
        <source>Sending cancelled. The message was not sent.</source>
        <translation>Envoi annulé. Le message n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="240"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="265"/>
        <source>The message could not be queued: %1</source>
        <translation>Le message n’a pas pu être placé dans la boîte d’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="314"/>
        <source>Draft saved at %1.</source>
        <translation>Brouillon enregistré à %1.</translation>
    </message>
    <message>
        <location filename="../ui/compose/composerwindow_send.cpp" line="383"/>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
</context>
<context>
    <name>mailwright::DetectPage</name>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="32"/>
        <source>answers</source>
        <translation>répond</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="34"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="36"/>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="81"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="38"/>
        <source>name unknown</source>
        <translation>nom inconnu</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="40"/>
        <source>TLS failed</source>
        <translation>échec TLS</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="42"/>
        <source>certificate problem</source>
        <translation>problème de certificat</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="44"/>
        <source>no STARTTLS</source>
        <translation>pas de STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="46"/>
        <source>not a mail server</source>
        <translation>pas un serveur de messagerie</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="54"/>
        <source>built-in provider table</source>
        <translation>table intégrée des fournisseurs</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="56"/>
        <source>DNS SRV record</source>
        <translation>enregistrement DNS SRV</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="58"/>
        <source>provider&apos;s autoconfig</source>
        <translation>configuration automatique du fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="60"/>
        <source>mail exchanger (MX)</source>
        <translation>serveur de messagerie du domaine (MX)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="62"/>
        <source>port probe</source>
        <translation>sondage des ports</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="64"/>
        <source>usual server names</source>
        <translation>noms de serveur usuels</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="73"/>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="75"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="77"/>
        <source>no records</source>
        <translation>aucun enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="79"/>
        <source>not offered</source>
        <translation>non proposé</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="83"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="85"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="171"/>
        <source>Looking for your servers</source>
        <translation>Recherche de vos serveurs</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="172"/>
        <source>All sources and servers are asked at once; each line shows where a setting came from and how the server answered.</source>
        <translation>Toutes les sources et tous les serveurs sont interrogés en même temps&#xa0;; chaque ligne indique d’où vient un paramètre et comment le serveur a répondu.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="177"/>
        <source>Server or lookup</source>
        <translation>Serveur ou recherche</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="177"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="177"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="177"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="221"/>
        <source>Done in %1 s.</source>
        <translation>Terminé en %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="222"/>
        <source>No usable outgoing server found (%1 s).</source>
        <translation>Aucun serveur d’envoi utilisable trouvé (%1 s).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="239"/>
        <source>Asking…</source>
        <translation>Interrogation…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="281"/>
        <source>trying…</source>
        <translation>essai en cours…</translation>
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
        <translation>&amp;Modifier le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/main/draftopening.cpp" line="31"/>
        <source>Open the selected draft in the composer</source>
        <translation>Ouvrir le brouillon sélectionné dans l’éditeur</translation>
    </message>
    <message>
        <location filename="../ui/main/draftopening.cpp" line="89"/>
        <source>Select a draft first.</source>
        <translation>Sélectionnez d’abord un brouillon.</translation>
    </message>
    <message>
        <location filename="../ui/main/draftopening.cpp" line="94"/>
        <source>Only messages in the Drafts folder can be edited.</source>
        <translation>Seuls les messages du dossier Brouillons peuvent être modifiés.</translation>
    </message>
    <message>
        <location filename="../ui/main/draftopening.cpp" line="99"/>
        <source>The draft could not be opened.</source>
        <translation>Le brouillon n’a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>mailwright::DraftStore</name>
    <message>
        <location filename="../core/compose/draftstore.cpp" line="25"/>
        <source>The draft cannot be saved.</source>
        <translation>Le brouillon ne peut pas être enregistré.</translation>
    </message>
</context>
<context>
    <name>mailwright::DraftSync</name>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="127"/>
        <location filename="../ui/compose/draftsync.cpp" line="141"/>
        <source>Draft saved on this computer only: %1 is not connected.</source>
        <translation>Brouillon enregistré sur cet ordinateur uniquement : %1 n’est pas connecté.</translation>
    </message>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="133"/>
        <source>Draft saved on this computer only: %1</source>
        <translation>Brouillon enregistré sur cet ordinateur uniquement : %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="145"/>
        <source>Saving the draft to the server…</source>
        <translation>Enregistrement du brouillon sur le serveur…</translation>
    </message>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="172"/>
        <source>Draft saved on this computer only; the copy in the server&apos;s Drafts folder failed: %1</source>
        <translation>Brouillon enregistré sur cet ordinateur uniquement ; la copie dans le dossier Brouillons du serveur a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/draftsync.cpp" line="178"/>
        <source>Draft saved to the server at %1.</source>
        <translation>Brouillon enregistré sur le serveur à %1.</translation>
    </message>
</context>
<context>
    <name>mailwright::FailureBanner</name>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="50"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="52"/>
        <source>Open &amp;Outbox</source>
        <translation>Ouvrir la boîte d’&amp;envoi</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="54"/>
        <location filename="../ui/main/failurebanner.cpp" line="83"/>
        <source>Show &amp;Details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="61"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="83"/>
        <source>Hide &amp;Details</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="93"/>
        <source>A message could not be sent.</source>
        <translation>Un message n’a pas pu être envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="94"/>
        <source>“%1” could not be sent.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="98"/>
        <source>It stays in the Outbox and will be tried again.</source>
        <translation>Il reste dans la boîte d’envoi et sera renvoyé.</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="99"/>
        <source>It stays in the Outbox until you retry, edit or delete it.</source>
        <translation>Il reste dans la boîte d’envoi jusqu’à ce que vous le renvoyiez, le modifiiez ou le supprimiez.</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="104"/>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="106"/>
        <source>Reply code: %1 %2</source>
        <translation>Code de réponse&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="108"/>
        <source>Detail: %1</source>
        <translation>Détail&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="109"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/failurebanner.cpp" line="111"/>
        <source>Transcript (passwords removed):</source>
        <translation>Transcription (mots de passe retirés)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>mailwright::IdentityEditor</name>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="18"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="24"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="27"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="31"/>
        <source>Added below &quot;-- &quot; at the end of new messages (plain text).</source>
        <translation>Ajoutée sous «&#xa0;--&#xa0;» à la fin des nouveaux messages (texte brut).</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="40"/>
        <source>&amp;Email address:</source>
        <translation>&amp;Adresse électronique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="41"/>
        <source>&amp;Reply to:</source>
        <translation>&amp;Répondre à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="42"/>
        <source>&amp;Signature:</source>
        <translation>&amp;Signature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="73"/>
        <source>Enter a valid email address, such as name@example.org.</source>
        <translation>Saisissez une adresse électronique valide, comme nom@example.org.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/identityeditor.cpp" line="75"/>
        <source>The reply-to address is not valid.</source>
        <translation>L’adresse de réponse n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>mailwright::IniAccountRepository</name>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="240"/>
        <source>The account settings in %1 were written by a newer version of Mailwright (schema %2; this version understands up to %3).</source>
        <translation>Les paramètres de compte de %1 ont été écrits par une version plus récente de Mailwright (schéma %2&#xa0;; cette version comprend jusqu’au schéma %3).</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="246"/>
        <source>The account settings in %1 have an unknown schema version %2.</source>
        <translation>Les paramètres de compte de %1 ont une version de schéma inconnue&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="258"/>
        <source>Could not keep a copy of the old account settings as %1.</source>
        <translation>Impossible de conserver une copie des anciens paramètres de compte sous %1.</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="274"/>
        <source>The account settings in %1 cannot be read.</source>
        <translation>Les paramètres de compte de %1 ne peuvent pas être lus.</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="281"/>
        <source>The account name &quot;%1&quot; appears twice in %2; the second one is ignored.</source>
        <translation>Le nom de compte «&#xa0;%1&#xa0;» apparaît deux fois dans %2&#xa0;; le second est ignoré.</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="299"/>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="315"/>
        <location filename="../core/settings/accountrepository.cpp" line="329"/>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Aucun compte ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="342"/>
        <source>Could not create the settings directory %1.</source>
        <translation>Impossible de créer le dossier de paramètres %1.</translation>
    </message>
    <message>
        <location filename="../core/settings/accountrepository.cpp" line="355"/>
        <source>Could not write the account settings to %1.</source>
        <translation>Impossible d’écrire les paramètres de compte dans %1.</translation>
    </message>
</context>
<context>
    <name>mailwright::LayeredSecretStore</name>
    <message>
        <location filename="../core/secrets/layeredsecretstore.cpp" line="83"/>
        <source>This password store cannot be written to.</source>
        <translation>Ce magasin de mots de passe n’est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>mailwright::MailController</name>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="58"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="60"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="62"/>
        <source>Sent</source>
        <translation>Éléments envoyés</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="64"/>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="66"/>
        <source>Junk</source>
        <translation>Indésirables</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="68"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="70"/>
        <source>All Mail</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="72"/>
        <source>Flagged</source>
        <translation>Marqués</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="236"/>
        <source>%1: %2 messages, %3 unread</source>
        <translation>%1&#xa0;: %2 messages, %3 non lus</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="305"/>
        <source>In the folder %1.</source>
        <translation>Dans le dossier %1.</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="330"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
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
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="382"/>
        <location filename="../ui/mail/mailcontroller.cpp" line="446"/>
        <source>This message has not been downloaded yet.</source>
        <translation>Ce message n’a pas encore été téléchargé.</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="406"/>
        <source>The message could not be loaded: %1</source>
        <translation>Le message n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller.cpp" line="443"/>
        <location filename="../ui/mail/mailcontroller_workers.cpp" line="186"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/mail/mailcontroller_workers.cpp" line="109"/>
        <source>No password is stored for receiving mail of %1.</source>
        <translation>Aucun mot de passe n’est enregistré pour la réception de %1.</translation>
    </message>
</context>
<context>
    <name>mailwright::MailWiring</name>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="33"/>
        <source>Password changed; receiving again.</source>
        <translation>Mot de passe modifié ; nouvelle réception en cours.</translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="40"/>
        <source>Password needed: receiving is paused. Right-click the account and choose “Enter password…”, or use Settings ▸ Accounts ▸ Set password.</source>
        <translation>Mot de passe requis : la réception est suspendue. Faites un clic droit sur le compte et choisissez « Saisir le mot de passe… », ou utilisez Paramètres ▸ Comptes ▸ Définir le mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="67"/>
        <source>Cannot receive: the server refused the password.</source>
        <translation>Réception impossible : le serveur a refusé le mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="68"/>
        <source>Cannot receive: %1</source>
        <translation>Réception impossible : %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="79"/>
        <source>Select a message first.</source>
        <translation>Sélectionnez d’abord un message.</translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="86"/>
        <source>The message could not be answered.</source>
        <translation>Impossible de répondre au message.</translation>
    </message>
    <message>
        <location filename="../ui/main/mailwiring.cpp" line="104"/>
        <source>%1 is not connected; nothing was deleted.</source>
        <translation>%1 n’est pas connecté&#xa0;; rien n’a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/mailwiring.cpp" line="108"/>
        <source>Deleting %n message(s)…</source>
        <translation>
            <numerusform>Suppression de %n message…</numerusform>
            <numerusform>Suppression de %n messages…</numerusform>
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
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="59"/>
        <source>Search subject, people and text (Ctrl+F)</source>
        <translation>Rechercher dans l’objet, les personnes et le texte (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/mainwindow.cpp" line="75"/>
        <source>%1: %n new message(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n nouveau message</numerusform>
            <numerusform>%1&#xa0;: %n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="106"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="128"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="130"/>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
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
        <translation>Saisir le mot de &amp;passe…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="210"/>
        <source>Account &quot;%1&quot; is ready.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est prêt.</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="245"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="246"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="249"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="251"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="253"/>
        <source>A&amp;dd account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="258"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="259"/>
        <source>&amp;About Mailwright</source>
        <translation>À &amp;propos de Mailwright</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="33"/>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="36"/>
        <source>&amp;New Message</source>
        <translation>&amp;Nouveau message</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="40"/>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="44"/>
        <source>Reply to &amp;All</source>
        <translation>Répondre à &amp;tous</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="48"/>
        <source>&amp;Forward</source>
        <translation>Trans&amp;férer</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="52"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="60"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="70"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow_compose.cpp" line="156"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mailwright::ManualPage</name>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="92"/>
        <source>TLS (implicit)</source>
        <translation>TLS (implicite)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="93"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="94"/>
        <source>None (unencrypted)</source>
        <translation>Aucune (non chiffré)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="439"/>
        <source>Server settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="440"/>
        <source>Enter what your provider tells you, then test them.</source>
        <translation>Saisissez les informations fournies par votre fournisseur, puis testez-les.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="452"/>
        <source>None (send only)</source>
        <translation>Aucun (envoi uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="466"/>
        <source>the email address</source>
        <translation>l’adresse électronique</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="467"/>
        <source>&amp;Test settings</source>
        <translation>Tester &amp;les paramètres</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="477"/>
        <source>&amp;Outgoing (SMTP):</source>
        <translation>Serveur s&amp;ortant (SMTP)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="483"/>
        <source>&amp;Incoming:</source>
        <translation>Serveur &amp;entrant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="484"/>
        <source>&amp;User name:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
</context>
<context>
    <name>mailwright::MessageListModel</name>
    <message>
        <location filename="../ui/mail/messagelistmodel.cpp" line="157"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location filename="../ui/mail/messagelistmodel.cpp" line="193"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/mail/messagelistmodel.cpp" line="195"/>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../ui/mail/messagelistmodel.cpp" line="197"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>mailwright::MessageReader</name>
    <message>
        <location filename="../core/mime/messagereader.cpp" line="127"/>
        <source>The message cannot be read.</source>
        <translation>Le message ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>mailwright::MessageView</name>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="96"/>
        <source>Remote content was blocked to protect your privacy.</source>
        <translation>Le contenu distant a été bloqué pour protéger votre vie privée.</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="97"/>
        <source>Load remote content</source>
        <translation>Charger le contenu distant</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="104"/>
        <source>No message selected.</source>
        <translation>Aucun message sélectionné.</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="114"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="116"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="176"/>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="177"/>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="178"/>
        <source>Cc:</source>
        <translation>Cc&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="178"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="187"/>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location filename="../ui/mail/messageview.cpp" line="237"/>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
</context>
<context>
    <name>mailwright::OutboxView</name>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="24"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="33"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="35"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="37"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="39"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="41"/>
        <source>On hold</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="56"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="57"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="57"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="64"/>
        <source>The Outbox is empty: every message has been sent.</source>
        <translation>La boîte d’envoi est vide&#xa0;: tous les messages ont été envoyés.</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="77"/>
        <source>&amp;Retry Now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="79"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="81"/>
        <source>&amp;Cancel Sending</source>
        <translation>&amp;Annuler l’envoi</translation>
    </message>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="83"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
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
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordprompt.cpp" line="28"/>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordprompt.cpp" line="30"/>
        <source>Keep for this &amp;session only</source>
        <translation>Conserver pour cette &amp;session seulement</translation>
    </message>
</context>
<context>
    <name>mailwright::PasswordRequests</name>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="102"/>
        <source>The server refused the password.</source>
        <translation>Le serveur a refusé le mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="103"/>
        <source>The server refused the password: %1</source>
        <translation>Le serveur a refusé le mot de passe : %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="106"/>
        <source>No password is stored for this account yet.</source>
        <translation>Aucun mot de passe n’est encore enregistré pour ce compte.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="123"/>
        <source>Enter the password of %1 for sending and receiving mail of the account “%2”.</source>
        <translation>Saisissez le mot de passe de %1 pour envoyer et recevoir le courrier du compte « %2 ».</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="127"/>
        <source>Enter the password of %1 for receiving mail of the account “%2”.</source>
        <translation>Saisissez le mot de passe de %1 pour recevoir le courrier du compte « %2 ».</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="131"/>
        <source>Enter the password of %1 for sending from the account “%2”.</source>
        <translation>Saisissez le mot de passe de %1 pour envoyer depuis le compte « %2 ».</translation>
    </message>
    <message>
        <location filename="../ui/accounts/passwordrequests.cpp" line="134"/>
        <source>Enter the password of %1 for the account “%2”.</source>
        <translation>Saisissez le mot de passe de %1 pour le compte « %2 ».</translation>
    </message>
</context>
<context>
    <name>mailwright::RecipientHistory</name>
    <message>
        <location filename="../core/compose/recipienthistory.cpp" line="23"/>
        <source>The list of recent recipients cannot be saved.</source>
        <translation>La liste des destinataires récents ne peut pas être enregistrée.</translation>
    </message>
</context>
<context>
    <name>mailwright::ResultPage</name>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="302"/>
        <source>Your settings</source>
        <translation>Vos paramètres</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="309"/>
        <source>Change the settings &amp;manually…</source>
        <translation>Modifier les paramètres &amp;manuellement…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="316"/>
        <source>&lt;b&gt;Login test&lt;/b&gt;</source>
        <translation>&lt;b&gt;Test de connexion&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="366"/>
        <source>&lt;p&gt;No outgoing mail server answered for &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Check the address, or enter the settings your provider gives you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun serveur d’envoi n’a répondu pour &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Vérifiez l’adresse, ou saisissez les paramètres fournis par votre fournisseur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="384"/>
        <source>certificate not trusted</source>
        <translation>certificat non approuvé</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="385"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2, port %3 &amp;nbsp;%4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2, port %3 &amp;nbsp;%4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="388"/>
        <source>found by: %1</source>
        <translation>trouvé par&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="409"/>
        <source>Certificate for %1, issued by %2, valid until %3</source>
        <translation>Certificat pour %1, émis par %2, valide jusqu’au %3</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="418"/>
        <source>Sending:</source>
        <translation>Envoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="420"/>
        <source>Receiving (IMAP):</source>
        <translation>Réception (IMAP)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizardpages.cpp" line="421"/>
        <source>Receiving (POP3):</source>
        <translation>Réception (POP3)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>mailwright::SendSettingsDialog</name>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="18"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="24"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="25"/>
        <source>Send at once</source>
        <translation>Envoyer immédiatement</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="27"/>
        <source>&amp;Undo time after Send:</source>
        <translation>Délai d’&amp;annulation après «&#xa0;Envoyer&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendsettingsdialog.cpp" line="29"/>
        <source>During this time the message waits in the composer and Undo takes it back; nothing reaches the server.</source>
        <translation>Pendant ce délai, le message attend dans la fenêtre de rédaction et «&#xa0;Annuler&#xa0;» le récupère&#xa0;; rien n’atteint le serveur.</translation>
    </message>
</context>
<context>
    <name>mailwright::SendWiring</name>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="76"/>
        <source>Message sent.</source>
        <translation>Message envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="76"/>
        <source>“%1” sent.</source>
        <translation>«&#xa0;%1&#xa0;» envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="78"/>
        <source>Connected; message sent.</source>
        <translation>Connecté&#xa0;; message envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="84"/>
        <source>Cannot send: %1</source>
        <translation>Envoi impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="93"/>
        <source>Sent, but the copy to the Sent folder failed: %1</source>
        <translation>Envoyé, mais la copie dans le dossier «&#xa0;Éléments envoyés&#xa0;» a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="119"/>
        <source>Message queued for sending.</source>
        <translation>Message placé dans la boîte d’envoi.</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="127"/>
        <source>&amp;Sending…</source>
        <translation>&amp;Envoi…</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="164"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="164"/>
        <source>Sending “%1”…</source>
        <translation>Envoi de «&#xa0;%1&#xa0;» en cours…</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="176"/>
        <source>Sending cancelled.</source>
        <translation>Envoi annulé.</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="182"/>
        <source>Sending failed: %1</source>
        <translation>Échec de l’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="42"/>
        <source>Password changed; sending again.</source>
        <translation>Mot de passe modifié&#xa0;; nouvel envoi en cours.</translation>
    </message>
    <message>
        <location filename="../ui/main/sendwiring.cpp" line="216"/>
        <source>The message is being sent right now; cancel it first.</source>
        <translation>Le message est en cours d’envoi&#xa0;; annulez d’abord l’envoi.</translation>
    </message>
</context>
<context>
    <name>mailwright::SettingsTestDialog</name>
    <message>
        <location filename="../ui/wizard/settingstestdialog.cpp" line="20"/>
        <source>Test settings</source>
        <translation>Tester les paramètres</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstestdialog.cpp" line="21"/>
        <source>Logs in to %1 with these settings and checks that the server accepts mail from %2, without sending any.</source>
        <translation>Se connecte à %1 avec ces paramètres et vérifie que le serveur accepte les messages de %2, sans rien envoyer.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstestdialog.cpp" line="29"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstestdialog.cpp" line="34"/>
        <source>&amp;Password:</source>
        <translation>M&amp;ot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>mailwright::SettingsTester</name>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="134"/>
        <source>The settings changed; test them again.</source>
        <translation>Les paramètres ont changé ; testez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="21"/>
        <source>Encrypted (implicit TLS)</source>
        <translation>Chiffré (TLS implicite)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="25"/>
        <source>Encrypted (STARTTLS)</source>
        <translation>Chiffré (STARTTLS)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="29"/>
        <source>NOT encrypted</source>
        <translation>NON chiffré</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="45"/>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="46"/>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="47"/>
        <source>Names:</source>
        <translation>Noms&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="48"/>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="49"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="50"/>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="52"/>
        <source>Problem:</source>
        <translation>Problème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="67"/>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="73"/>
        <source>&amp;Trust this certificate for this server</source>
        <translation>&amp;Faire confiance à ce certificat pour ce serveur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="81"/>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="151"/>
        <source>Logging in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="208"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="208"/>
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="215"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; logged in as %2%3.</source>
        <translation>&lt;b&gt;%1&#xa0;:&lt;/b&gt; connecté en tant que %2%3.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="217"/>
        <source>; the server accepts mail from this address</source>
        <translation>&#xa0;; le serveur accepte les messages de cette adresse</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="221"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/settingstester.cpp" line="247"/>
        <source>&lt;p&gt;&lt;b&gt;%1 is a server of a well-known provider, whose certificates are always valid: this connection is being intercepted or broken. Do not continue on this network.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 est un serveur d’un fournisseur connu, dont les certificats sont toujours valides&#xa0;: cette connexion est interceptée ou défaillante. Ne continuez pas sur ce réseau.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mailwright::SetupWizard</name>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="23"/>
        <source>Add an email account</source>
        <translation>Ajouter un compte de messagerie</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="82"/>
        <source>An account named &quot;%1&quot; already exists. Choose another account name on the first page.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom de compte sur la première page.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="102"/>
        <source>%1

Keep the password for this session only? You will be asked for it again after Mailwright restarts.</source>
        <translation>%1

Conserver le mot de passe pour cette session seulement&#xa0;? Il vous sera redemandé après le redémarrage de Mailwright.</translation>
    </message>
</context>
<context>
    <name>mailwright::TlsPolicy</name>
    <message>
        <location filename="../core/net/tlspolicy.cpp" line="32"/>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>Impossible de lire le fichier de certificat d’autorité %1.</translation>
    </message>
    <message>
        <location filename="../core/net/tlspolicy.cpp" line="42"/>
        <source>The file %1 contains no PEM certificate.</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>mailwright::TrayIcon</name>
    <message>
        <location filename="../ui/main/trayicon.cpp" line="25"/>
        <source>Show Mailwright</source>
        <translation>Afficher Mailwright</translation>
    </message>
    <message>
        <location filename="../ui/main/trayicon.cpp" line="30"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/trayicon.cpp" line="61"/>
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%n nouveau message dans %1</numerusform>
            <numerusform>%n nouveaux messages dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/trayicon.cpp" line="68"/>
        <source>Mailwright — %n unread</source>
        <translation>
            <numerusform>Mailwright — %n non lu</numerusform>
            <numerusform>Mailwright — %n non lus</numerusform>
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
        <translation>Aucune traduction pour «&#xa0;%1&#xa0;»&#xa0;; disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="95"/>
        <source>Mailwright email client</source>
        <translation>Mailwright, client de messagerie</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>Use the local mail lab (tests/lab/mail-lab.sh) with a ready demo account. Reads the MW_LAB_* variables.</source>
        <translation>Utiliser le laboratoire de messagerie local (tests/lab/mail-lab.sh) avec un compte de démonstration prêt à l’emploi. Lit les variables MW_LAB_*.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="104"/>
        <source>Quit after &lt;ms&gt; milliseconds (for tests).</source>
        <translation>Quitter après &lt;ms&gt; millisecondes (pour les tests).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="108"/>
        <source>Use the language &lt;code&gt; (e.g. de, fr) instead of the system&apos;s.</source>
        <translation>Utiliser la langue &lt;code&gt; (p.&#xa0;ex. de, fr) au lieu de celle du système.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="114"/>
        <source>Keep settings in &lt;dir&gt; (default: $MAILWRIGHT_CONFIG_DIR or the platform&apos;s configuration directory).</source>
        <translation>Conserver les paramètres dans &lt;dir&gt; (par défaut&#xa0;: $MAILWRIGHT_CONFIG_DIR ou le dossier de configuration de la plateforme).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="119"/>
        <source>Save PNGs of the main window, composer and outbox into &lt;dir&gt;, then quit.</source>
        <translation>Enregistrer des captures PNG de la fenêtre principale, de la fenêtre de rédaction et de la boîte d’envoi dans &lt;dir&gt;, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="129"/>
        <source>A mailto: link (RFC 6068) to open in the composer.</source>
        <translation>Un lien mailto: (RFC 6068) à ouvrir dans la fenêtre de rédaction.</translation>
    </message>
</context>
</TS>
