<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnswerText</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>A file (no longer on the server)</source>
        <translation>Eine Datei (nicht mehr auf dem Server)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Bitte verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>Diese Eingabe ist zu kurz.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Bitte verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Diese Eingabe ist zu lang.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Das sieht nicht nach einer gültigen E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Include the area code, e.g. 030 1234567.</source>
        <translation>Das ist keine gültige Telefonnummer. Bitte geben Sie sie mit Vorwahl ein, z. B. 030 1234567.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Diese Eingabe ist ungültig.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, dashes and underscores only.</source>
        <translation>Bitte verwenden Sie nur Kleinbuchstaben, Ziffern, Punkte, Bindestriche und Unterstriche.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed.</source>
        <translation>Die Eingabe enthält unzulässige Zeichen.</translation>
    </message>
    <message>
        <source>This user name is taken. Please choose another.</source>
        <translation>Dieser Benutzername ist bereits vergeben. Bitte wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>We do not know this referral code. Please check it or leave the field empty.</source>
        <translation>Diesen Empfehlungscode kennen wir nicht. Bitte prüfen Sie ihn oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>This value is unknown.</source>
        <translation>Diese Eingabe ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection and the server address, then try again.</source>
        <translation>Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung und die Serveradresse und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server answered unexpectedly (HTTP %1). Please try again later.</source>
        <translation>Der Server hat unerwartet geantwortet (HTTP %1). Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>Bitte prüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Dazu sind Sie nicht berechtigt.</translation>
    </message>
    <message>
        <source>Your registration is still being reviewed by the agency.</source>
        <translation>Ihre Registrierung wird noch von der Agentur geprüft.</translation>
    </message>
    <message>
        <source>Your registration was not approved.</source>
        <translation>Ihre Registrierung wurde nicht freigegeben.</translation>
    </message>
    <message>
        <source>Please complete your onboarding checklist first.</source>
        <translation>Bitte schließen Sie zuerst Ihre Onboarding-Checkliste ab.</translation>
    </message>
    <message>
        <source>This no longer exists. It may have been removed.</source>
        <translation>Dieser Eintrag ist nicht mehr vorhanden. Möglicherweise wurde er entfernt.</translation>
    </message>
    <message>
        <source>Someone changed this in the meantime. Reload and try again.</source>
        <translation>Das wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Ansicht neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele Versuche. Bitte versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele Versuche. Bitte versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Versuche. Bitte versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Bitte versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is too large to send.</source>
        <translation>Die Daten sind zu groß zum Senden.</translation>
    </message>
    <message>
        <source>The app and the server do not understand each other. Please update the app.</source>
        <translation>App und Server passen nicht zueinander. Bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>Der Server ist gerade ausgelastet. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Please try again later.</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Da ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>An account with this email address already exists. Log in instead.</source>
        <translation>Mit dieser E-Mail-Adresse gibt es bereits ein Konto. Melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>This is already taken.</source>
        <translation>Dieser Wert ist bereits vergeben.</translation>
    </message>
    <message>
        <source>The login details are wrong. Check your email address or user name and your password.</source>
        <translation>Die Anmeldedaten stimmen nicht. Bitte prüfen Sie E-Mail-Adresse bzw. Benutzername und Passwort.</translation>
    </message>
</context>
<context>
    <name>AvatarImage</name>
    <message>
        <source>The file could not be opened.</source>
        <translation>Die Datei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This picture is too large (%1 MB). Please choose one of at most 5 MB.</source>
        <translation>Dieses Bild ist zu groß (%1 MB). Bitte wählen Sie eines mit höchstens 5 MB.</translation>
    </message>
    <message>
        <source>This file is not a picture. Please choose a PNG, JPEG, GIF or BMP image.</source>
        <translation>Diese Datei ist kein Bild. Bitte wählen Sie ein PNG-, JPEG-, GIF- oder BMP-Bild.</translation>
    </message>
    <message>
        <source>This picture could not be read. It may be damaged.</source>
        <translation>Dieses Bild konnte nicht gelesen werden. Vielleicht ist es beschädigt.</translation>
    </message>
    <message>
        <source>This picture has too many pixels (%1 × %2). Please choose one of at most 40 megapixels.</source>
        <translation>Dieses Bild hat zu viele Bildpunkte (%1 × %2). Bitte wählen Sie eines mit höchstens 40 Megapixeln.</translation>
    </message>
</context>
<context>
    <name>CallbackText</name>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Passed on to the agency</source>
        <translation>An die Agentur übermittelt</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Zurückgerufen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>%1: delivered %2</source>
        <translation>%1: zugestellt %2</translation>
    </message>
    <message>
        <source>%1: failed for good (%2)</source>
        <translation>%1: endgültig fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1: being sent</source>
        <translation>%1: wird gesendet</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>in Kürze</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n attempt(s), next %2</source>
        <translation>
            <numerusform>%1: %n Versuch, nächster %2</numerusform>
            <numerusform>%1: %n Versuche, nächster %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n attempt(s), next %2 (%3)</source>
        <translation>
            <numerusform>%1: %n Versuch, nächster %2 (%3)</numerusform>
            <numerusform>%1: %n Versuche, nächster %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s request is marked as called back.</source>
        <translation>Die Anfrage von %1 ist als zurückgerufen markiert.</translation>
    </message>
    <message>
        <source>%1&apos;s request is done.</source>
        <translation>Die Anfrage von %1 ist erledigt.</translation>
    </message>
    <message>
        <source>%1&apos;s request is open again.</source>
        <translation>Die Anfrage von %1 ist wieder offen.</translation>
    </message>
</context>
<context>
    <name>PickedFile</name>
    <message>
        <source>This file is %1; files of at most %2 can be uploaded.</source>
        <translation>Diese Datei ist %1 groß; hochgeladen werden können Dateien bis %2.</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Diese Datei ist leer.</translation>
    </message>
    <message>
        <source>This file is larger than 20 MB.</source>
        <translation>Diese Datei ist größer als 20 MB.</translation>
    </message>
</context>
<context>
    <name>ReferralText</name>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>Personal link</source>
        <translation>Persönlicher Link</translation>
    </message>
    <message>
        <source>Code typed in by hand</source>
        <translation>Code von Hand eingegeben</translation>
    </message>
    <message>
        <source>Assigned by the agency</source>
        <translation>Von der Agentur zugeordnet</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Personal link, no campaign details</source>
        <translation>Persönlicher Link, ohne Kampagnenangaben</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>assigned to %1.</source>
        <translation>%1 zugeordnet.</translation>
    </message>
    <message>
        <source>assignment to %1 removed.</source>
        <translation>Zuordnung zu %1 entfernt.</translation>
    </message>
    <message>
        <source>moved from %1 to %2.</source>
        <translation>von %1 zu %2 verschoben.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>ResponseCache</name>
    <message>
        <source>Offline, as of %1</source>
        <translation>Offline, Stand: %1</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>We could not verify your company. Please call us at 030 1234567.</source>
        <translation>Wir konnten Ihr Unternehmen nicht verifizieren. Bitte rufen Sie uns unter 030 1234567 an.</translation>
    </message>
</context>
<context>
    <name>TabbedCardList</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>VideoAdminMessages</name>
    <message>
        <source>%1: the server cannot be reached. Changes need the connection; try again once you are online.</source>
        <translation>%1: Der Server ist nicht erreichbar. Änderungen brauchen die Verbindung; versuchen Sie es erneut, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>VideoContentFile</name>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Diese Datei ist leer.</translation>
    </message>
</context>
<context>
    <name>VideoThumbnailImage</name>
    <message>
        <source>This picture cannot be read. Choose a JPEG or PNG file.</source>
        <translation>Dieses Bild kann nicht gelesen werden. Wählen Sie eine JPEG- oder PNG-Datei.</translation>
    </message>
</context>
<context>
    <name>callbacksdemo</name>
    <message>
        <source>The landing page shows an error since this morning.</source>
        <translation>Die Landingpage zeigt seit heute Morgen einen Fehler.</translation>
    </message>
    <message>
        <source>Telegram is not reachable (HTTP 502)</source>
        <translation>Telegram ist nicht erreichbar (HTTP 502)</translation>
    </message>
    <message>
        <source>WhatsApp allows free text only within 24 hours; configure a template</source>
        <translation>WhatsApp erlaubt freien Text nur innerhalb von 24 Stunden; bitte eine Vorlage einrichten</translation>
    </message>
    <message>
        <source>WhatsApp bot</source>
        <translation>WhatsApp-Bot</translation>
    </message>
</context>
<context>
    <name>kp::client::AdAccountsPage</name>
    <message>
        <source>Ad accounts</source>
        <translation>Werbekonten</translation>
    </message>
    <message>
        <source>Connect each customer&apos;s Facebook and Google Ads accounts; their figures are synced regularly and at once when connected.</source>
        <translation>Verbinden Sie die Facebook- und Google-Ads-Konten jedes Kunden; die Zahlen werden regelmäßig und gleich nach dem Verbinden abgeglichen.</translation>
    </message>
    <message>
        <source>Connect account</source>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Import CSV …</source>
        <translation>CSV importieren …</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Verbundene Konten</translation>
    </message>
    <message>
        <source>Loading customers …</source>
        <translation>Kunden werden geladen …</translation>
    </message>
    <message>
        <source>Choose a customer …</source>
        <translation>Kunden wählen …</translation>
    </message>
    <message>
        <source>No approved customers yet</source>
        <translation>Noch keine freigegebenen Kunden</translation>
    </message>
    <message>
        <source>Once you approve a registration, you can connect the customer&apos;s ad accounts here.</source>
        <translation>Sobald Sie eine Registrierung freigeben, können Sie hier die Werbekonten des Kunden verbinden.</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>Kunden wählen</translation>
    </message>
    <message>
        <source>Pick a customer above to see and connect their ad accounts.</source>
        <translation>Wählen Sie oben einen Kunden, um seine Werbekonten zu sehen und zu verbinden.</translation>
    </message>
    <message>
        <source>Loading ad accounts …</source>
        <translation>Werbekonten werden geladen …</translation>
    </message>
    <message>
        <source>No ad account connected yet</source>
        <translation>Noch kein Werbekonto verbunden</translation>
    </message>
    <message>
        <source>Connect the customer&apos;s Facebook or Google Ads account, or import their figures from a CSV file.</source>
        <translation>Verbinden Sie das Facebook- oder Google-Ads-Konto des Kunden oder importieren Sie seine Zahlen aus einer CSV-Datei.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <source>none (CSV)</source>
        <translation>keine (CSV)</translation>
    </message>
    <message>
        <source>Credentials stored</source>
        <translation>Zugangsdaten hinterlegt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 connected; the first sync is running.</source>
        <translation>%1 verbunden; die erste Synchronisierung läuft.</translation>
    </message>
    <message>
        <source>Remove ad account?</source>
        <translation>Werbekonto entfernen?</translation>
    </message>
    <message>
        <source>%1 %2 will no longer be synced and its figures disappear from the customer&apos;s dashboard. Its token is deleted.</source>
        <translation>%1 %2 wird nicht mehr synchronisiert, und seine Zahlen verschwinden aus dem Dashboard des Kunden. Das Token wird gelöscht.</translation>
    </message>
    <message>
        <source>Ad account removed.</source>
        <translation>Werbekonto entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) queued for syncing.</source>
        <translation>
            <numerusform>%n Quelle wird synchronisiert.</numerusform>
            <numerusform>%n Quellen werden synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import figures from a CSV file</source>
        <translation>Zahlen aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Name of the source</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <source>Shown in the customer&apos;s small print, e.g. &quot;LinkedIn&quot;:</source>
        <translation>Erscheint im Kleingedruckten des Kunden, z. B. „LinkedIn“:</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported.</source>
        <translation>
            <numerusform>%n Tag importiert.</numerusform>
            <numerusform>%n Tage importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: line %1 of the file is not valid (%2). The columns are date,leads,spend,clicks,impressions.</source>
        <translation>Nichts importiert: Zeile %1 der Datei ist ungültig (%2). Die Spalten sind date,leads,spend,clicks,impressions.</translation>
    </message>
</context>
<context>
    <name>kp::client::AppLinkHandler</name>
    <message>
        <source>This link cannot be opened in the app. You can type the referral code by hand.</source>
        <translation>Dieser Link lässt sich in der App nicht öffnen. Sie können den Empfehlungscode von Hand eingeben.</translation>
    </message>
    <message>
        <source>This link is for registering a new account. You are already signed in.</source>
        <translation>Dieser Link ist für die Registrierung eines neuen Kontos gedacht. Sie sind bereits angemeldet.</translation>
    </message>
</context>
<context>
    <name>kp::client::ApprovalStatusPage</name>
    <message>
        <source>Check status</source>
        <translation>Status prüfen</translation>
    </message>
    <message>
        <source>Not activated yet (checked at %1).</source>
        <translation>Noch nicht freigeschaltet (Stand: %1).</translation>
    </message>
    <message>
        <source>Thank you, your registration has been received</source>
        <translation>Vielen Dank, Ihre Registrierung ist eingegangen</translation>
    </message>
    <message>
        <source>The agency will now check your details and activate your account, usually within one working day. You can close the app; when you open it again, you will see the status here.</source>
        <translation>Die Agentur prüft jetzt Ihre Angaben und schaltet Ihr Konto frei, in der Regel innerhalb eines Werktags. Sie können die App schließen – wenn Sie sie wieder öffnen, sehen Sie hier den aktuellen Status.</translation>
    </message>
    <message>
        <source>Use a different account</source>
        <translation>Anderes Konto verwenden</translation>
    </message>
    <message>
        <source>Your registration is being reviewed</source>
        <translation>Ihre Registrierung wird geprüft</translation>
    </message>
    <message>
        <source>The agency has not decided yet. As soon as your account is activated, the portal opens here by itself.</source>
        <translation>Die Agentur hat noch nicht entschieden. Sobald Ihr Konto freigeschaltet ist, öffnet sich das Portal hier automatisch.</translation>
    </message>
    <message>
        <source>The agency has not decided yet. As soon as your account is activated, you can log in with your email address and password.</source>
        <translation>Die Agentur hat noch nicht entschieden. Sobald Ihr Konto freigeschaltet ist, können Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort anmelden.</translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation>Zurück zur Anmeldung</translation>
    </message>
    <message>
        <source>Your registration was not approved</source>
        <translation>Ihre Registrierung wurde nicht freigegeben</translation>
    </message>
    <message>
        <source>If you have questions about this decision, please contact the agency.</source>
        <translation>Wenn Sie Fragen zu dieser Entscheidung haben, wenden Sie sich bitte an die Agentur.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::ApprovalsPage</name>
    <message>
        <source>Registrations</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <source>Check new customers and activate their accounts.</source>
        <translation>Prüfen Sie neue Kunden und schalten Sie ihre Konten frei.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Loading registrations …</source>
        <translation>Registrierungen werden geladen …</translation>
    </message>
    <message>
        <source>No registration is waiting for you.</source>
        <translation>Es warten keine Registrierungen auf Ihre Entscheidung.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) waiting for your decision.</source>
        <translation>
            <numerusform>%n Registrierung wartet auf Ihre Entscheidung.</numerusform>
            <numerusform>%n Registrierungen warten auf Ihre Entscheidung.</numerusform>
        </translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation>Alles erledigt</translation>
    </message>
    <message>
        <source>New registrations appear here. Customers can log in once you approve them.</source>
        <translation>Neue Registrierungen erscheinen hier. Kunden können sich anmelden, sobald Sie sie freigeben.</translation>
    </message>
    <message>
        <source>No approved customers yet</source>
        <translation>Noch keine freigegebenen Kunden</translation>
    </message>
    <message>
        <source>Approved registrations are listed here.</source>
        <translation>Freigegebene Registrierungen werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>No rejected registrations</source>
        <translation>Keine abgelehnten Registrierungen</translation>
    </message>
    <message>
        <source>Registrations you reject are listed here with their reason.</source>
        <translation>Registrierungen, die Sie ablehnen, werden hier mit Begründung aufgeführt.</translation>
    </message>
    <message>
        <source>%1 can log in now.</source>
        <translation>%1 kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>%1 could not be approved: %2</source>
        <translation>%1 konnte nicht freigegeben werden: %2</translation>
    </message>
    <message>
        <source>The registration of %1 was rejected.</source>
        <translation>Die Registrierung von %1 wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>kp::client::AttributionDialog</name>
    <message>
        <source>Save correction</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Correct attribution</source>
        <translation>Zuordnung korrigieren</translation>
    </message>
    <message>
        <source>Who brought %1?</source>
        <translation>Wer hat %1 geworben?</translation>
    </message>
    <message>
        <source>The partner&apos;s figures follow at once. The change and its reason are kept in the history with your name.</source>
        <translation>Die Zahlen der Partner passen sich sofort an. Die Änderung und ihr Grund bleiben mit Ihrem Namen in der Historie.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>e.g. The customer named Jana Becker on the phone.</source>
        <translation>z. B. Der Kunde hat am Telefon Jana Becker genannt.</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Geworben von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Bitte verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>A customer cannot have brought themselves.</source>
        <translation>Ein Kunde kann sich nicht selbst geworben haben.</translation>
    </message>
    <message>
        <source>That would be a circle: this customer brought the chosen partner, directly or through others.</source>
        <translation>Das wäre ein Kreis: Dieser Kunde hat den gewählten Partner selbst geworben, direkt oder über andere.</translation>
    </message>
    <message>
        <source>This customer no longer exists. Reload the list and choose again.</source>
        <translation>Diesen Kunden gibt es nicht mehr. Laden Sie die Liste neu und wählen Sie erneut.</translation>
    </message>
    <message>
        <source>This customer cannot be a partner.</source>
        <translation>Dieser Kunde kann kein Partner sein.</translation>
    </message>
</context>
<context>
    <name>kp::client::AuthFrame</name>
    <message>
        <source>Kundenportal</source>
        <translation>Kundenportal</translation>
    </message>
</context>
<context>
    <name>kp::client::AvatarCropDialog</name>
    <message>
        <source>Use picture</source>
        <translation>Bild verwenden</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>Choose the part of the picture to show</source>
        <translation>Wählen Sie den Bildausschnitt</translation>
    </message>
    <message>
        <source>Drag the square or use the arrow keys; zoom with the slider or the mouse wheel.</source>
        <translation>Ziehen Sie das Quadrat oder nutzen Sie die Pfeiltasten; zoomen Sie mit dem Schieberegler oder dem Mausrad.</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>kp::client::AvatarCropView</name>
    <message>
        <source>Picture section</source>
        <translation>Bildausschnitt</translation>
    </message>
    <message>
        <source>Move the square with the arrow keys, change its size with + and -.</source>
        <translation>Verschieben Sie das Quadrat mit den Pfeiltasten, ändern Sie seine Größe mit + und -.</translation>
    </message>
</context>
<context>
    <name>kp::client::AvatarDropZone</name>
    <message>
        <source>Profile picture</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>Drop a picture here</source>
        <translation>Bild hierher ziehen</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF or BMP, at most 5 MB</source>
        <translation>PNG, JPEG, GIF oder BMP, höchstens 5 MB</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Bild auswählen …</translation>
    </message>
    <message>
        <source>Choose a profile picture</source>
        <translation>Profilbild auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>kp::client::CallbackCard</name>
    <message>
        <source>The agency is being notified.</source>
        <translation>Die Agentur wird benachrichtigt.</translation>
    </message>
    <message>
        <source>The agency has your request since %1 and will call you.</source>
        <translation>Die Agentur hat Ihre Anfrage seit %1 und ruft Sie an.</translation>
    </message>
    <message>
        <source>The agency called you back (%1).</source>
        <translation>Die Agentur hat Sie zurückgerufen (%1).</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Erledigt am %1.</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation>Angefragt %1</translation>
    </message>
    <message>
        <source>Callback to %1</source>
        <translation>Rückruf an %1</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Wartet auf Verbindung</translation>
    </message>
    <message>
        <source>Kept on this computer; it is sent by itself when the connection is back.</source>
        <translation>Auf diesem Computer gespeichert; sie wird von selbst gesendet, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>No channel to the agency is configured on the server.</source>
        <translation>Auf dem Server ist kein Kanal zur Agentur eingerichtet.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark called back</source>
        <translation>Als zurückgerufen markieren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Interested in “%1”</source>
        <translation>Interesse an „%1“</translation>
    </message>
    <message>
        <source>No phone number in the profile: please answer by email.</source>
        <translation>Keine Telefonnummer im Profil: bitte per E-Mail antworten.</translation>
    </message>
    <message>
        <source>Phone from the profile: %1</source>
        <translation>Telefon aus dem Profil: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::CallbackDialog</name>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Request callback</source>
        <translation>Rückruf anfordern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Request a callback</source>
        <translation>Rückruf anfordern</translation>
    </message>
    <message>
        <source>e.g. 030 1234567 or +41 44 668 18 00</source>
        <translation>z. B. 030 1234567 oder +41 44 668 18 00</translation>
    </message>
    <message>
        <source>We will call you back as soon as possible.</source>
        <translation>Wir rufen Sie so schnell wie möglich zurück.</translation>
    </message>
    <message>
        <source>Which number can we reach you on? The agency sees who you are, you need not say it again.</source>
        <translation>Unter welcher Nummer erreichen wir Sie? Die Agentur sieht, wer Sie sind – das müssen Sie nicht noch einmal angeben.</translation>
    </message>
    <message>
        <source>My callback requests</source>
        <translation>Meine Rückrufanfragen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>We will call: %1</source>
        <translation>Wir rufen an unter: %1</translation>
    </message>
    <message>
        <source>Sending …</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Thank you, your request has arrived</source>
        <translation>Danke, Ihre Anfrage ist eingegangen</translation>
    </message>
    <message>
        <source>We will call you back on %1 as soon as possible. You can follow your request under &quot;My callback requests&quot;.</source>
        <translation>Wir rufen Sie so schnell wie möglich unter %1 zurück. Den Stand Ihrer Anfrage sehen Sie unter „Meine Rückrufanfragen“.</translation>
    </message>
    <message>
        <source>Your request will be sent as soon as you are online</source>
        <translation>Ihre Anfrage wird gesendet, sobald Sie wieder online sind</translation>
    </message>
    <message>
        <source>There is no connection to the server right now. Your request for a callback on %1 is kept on this computer and goes out by itself when the connection is back.</source>
        <translation>Gerade besteht keine Verbindung zum Server. Ihre Rückrufanfrage für %1 ist auf diesem Computer gespeichert und wird von selbst gesendet, sobald die Verbindung wieder steht.</translation>
    </message>
</context>
<context>
    <name>kp::client::CallbackInboxPage</name>
    <message>
        <source>Callbacks</source>
        <translation>Rückrufe</translation>
    </message>
    <message>
        <source>Customers who asked to be called back.</source>
        <translation>Kunden, die um einen Rückruf gebeten haben.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Zurückgerufen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Loading callback requests …</source>
        <translation>Rückrufanfragen werden geladen …</translation>
    </message>
    <message>
        <source>No customer is waiting for a call.</source>
        <translation>Kein Kunde wartet auf einen Anruf.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) waiting for a call.</source>
        <translation>
            <numerusform>%n Kunde wartet auf einen Anruf.</numerusform>
            <numerusform>%n Kunden warten auf einen Anruf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Niemand wartet</translation>
    </message>
    <message>
        <source>Requests for a callback appear here as soon as a customer sends one.</source>
        <translation>Rückrufanfragen erscheinen hier, sobald ein Kunde eine sendet.</translation>
    </message>
    <message>
        <source>Nothing called back yet</source>
        <translation>Noch nichts zurückgerufen</translation>
    </message>
    <message>
        <source>Requests you mark as called back are listed here.</source>
        <translation>Anfragen, die Sie als zurückgerufen markieren, stehen hier.</translation>
    </message>
    <message>
        <source>No callback requests</source>
        <translation>Keine Rückrufanfragen</translation>
    </message>
    <message>
        <source>Customers ask for a callback with the button in their sidebar.</source>
        <translation>Kunden fordern einen Rückruf mit der Schaltfläche in ihrer Seitenleiste an.</translation>
    </message>
</context>
<context>
    <name>kp::client::CallbackRequester</name>
    <message>
        <source>Callback request</source>
        <translation>Rückrufanfrage</translation>
    </message>
</context>
<context>
    <name>kp::client::ChecklistController</name>
    <message>
        <source>Checklist answers</source>
        <translation>Antworten der Checkliste</translation>
    </message>
    <message>
        <source>The checklist can only be completed while the server can be reached. Your answers are kept; please try again in a moment.</source>
        <translation>Die Checkliste kann nur abgeschlossen werden, wenn der Server erreichbar ist. Ihre Antworten bleiben erhalten; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>kp::client::ChecklistItemField</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. %1</source>
        <translation>JJJJ-MM-TT, z. B. %1</translation>
    </message>
    <message>
        <source>Please choose …</source>
        <translation>Bitte wählen …</translation>
    </message>
    <message>
        <source>Choose file …</source>
        <translation>Datei auswählen …</translation>
    </message>
    <message>
        <source>No file uploaded yet.</source>
        <translation>Noch keine Datei hochgeladen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose file for “%1”</source>
        <translation>Datei für „%1“ auswählen</translation>
    </message>
    <message>
        <source>Documents and pictures (*.pdf *.png *.jpg *.jpeg *.txt)</source>
        <translation>Dokumente und Bilder (*.pdf *.png *.jpg *.jpeg *.txt)</translation>
    </message>
    <message>
        <source>Done by the agency</source>
        <translation>Von der Agentur erledigt</translation>
    </message>
    <message>
        <source>The agency takes care of this; not done yet.</source>
        <translation>Erledigt die Agentur; noch offen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Please tick this once it is done.</source>
        <translation>Bitte haken Sie dies ab, sobald es erledigt ist.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Bitte wählen Sie eine der Möglichkeiten.</translation>
    </message>
    <message>
        <source>Please upload a file.</source>
        <translation>Bitte laden Sie eine Datei hoch.</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Bitte höchstens %1 Zeichen verwenden.</translation>
    </message>
    <message>
        <source>This file is larger than 20 MB.</source>
        <translation>Diese Datei ist größer als 20 MB.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed.</source>
        <translation>Dies enthält Zeichen, die nicht erlaubt sind.</translation>
    </message>
    <message>
        <source>Enter a web address with http:// or https://, e.g. https://www.example.de.</source>
        <translation>Bitte geben Sie eine Webadresse mit http:// oder https:// ein, z. B. https://www.beispiel.de.</translation>
    </message>
    <message>
        <source>Enter a date that exists as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>Bitte geben Sie ein gültiges Datum als JJJJ-MM-TT ein, z. B. 2026-03-01.</translation>
    </message>
    <message>
        <source>This file type is not accepted. Please upload a PDF, PNG, JPEG or text file.</source>
        <translation>Dieser Dateityp wird nicht angenommen. Bitte laden Sie eine PDF-, PNG-, JPEG- oder Textdatei hoch.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Dieser Wert ist ungültig.</translation>
    </message>
</context>
<context>
    <name>kp::client::ChecklistPage</name>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Checklist completed</source>
        <translation>Checkliste abgeschlossen</translation>
    </message>
    <message>
        <source>Thank you! The agency now has everything it needs to prepare your campaign. You can still change your answers below.</source>
        <translation>Vielen Dank! Die Agentur hat jetzt alles, um Ihre Kampagne vorzubereiten. Ihre Antworten können Sie unten weiterhin ändern.</translation>
    </message>
    <message>
        <source>Continue to the overview</source>
        <translation>Weiter zur Übersicht</translation>
    </message>
    <message>
        <source>Loading your checklist …</source>
        <translation>Ihre Checkliste wird geladen …</translation>
    </message>
    <message>
        <source>Nothing to do yet</source>
        <translation>Noch nichts zu tun</translation>
    </message>
    <message>
        <source>The agency has not published a checklist yet. You will find it here.</source>
        <translation>Die Agentur hat noch keine Checkliste veröffentlicht. Sie finden sie dann hier.</translation>
    </message>
    <message>
        <source>The agency added new items to the checklist: %1.</source>
        <translation>Die Agentur hat der Checkliste neue Punkte hinzugefügt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 von %n erledigt</numerusform>
            <numerusform>%1 von %n erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Please check these items: %1.</source>
        <translation>Bitte prüfen Sie diese Punkte: %1.</translation>
    </message>
    <message>
        <source>All answers saved.</source>
        <translation>Alle Antworten gespeichert.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your answers are kept on this computer and sent as soon as the connection is back.</source>
        <translation>Der Server ist nicht erreichbar. Ihre Antworten bleiben auf diesem Computer gespeichert und werden gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>What the agency needs from you to start your campaign.</source>
        <translation>Was die Agentur von Ihnen braucht, um Ihre Kampagne zu starten.</translation>
    </message>
    <message>
        <source>Fields marked * are required. Your answers are saved as you type.</source>
        <translation>Mit * markierte Felder sind Pflichtfelder. Ihre Antworten werden beim Tippen gespeichert.</translation>
    </message>
</context>
<context>
    <name>kp::client::ChecklistProgressSummary</name>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 von %n erledigt</numerusform>
            <numerusform>%1 von %n erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>Abgeschlossen am %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>kp::client::ChecklistStatusPage</name>
    <message>
        <source>Synchronise checklist now</source>
        <translation>Checkliste jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Import CSV …</source>
        <translation>CSV importieren …</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Where the customers&apos; checklist comes from and how the last read went.</source>
        <translation>Woher die Checkliste der Kunden kommt und wie das letzte Einlesen verlief.</translation>
    </message>
    <message>
        <source>Status of the sheet</source>
        <translation>Status der Tabelle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Choose the checklist as CSV</source>
        <translation>Checkliste als CSV auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The sheet is not shared with the portal. Share it (or make it readable by link) and synchronise again.</source>
        <translation>Die Tabelle ist nicht für das Portal freigegeben. Bitte geben Sie sie frei (oder für alle mit dem Link lesbar) und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>The sheet was not found. Check the spreadsheet ID in the server&apos;s settings.</source>
        <translation>Die Tabelle wurde nicht gefunden. Bitte prüfen Sie die Tabellen-ID in den Einstellungen des Servers.</translation>
    </message>
    <message>
        <source>The tab of the checklist was not found. Was it renamed?</source>
        <translation>Das Tabellenblatt der Checkliste wurde nicht gefunden. Wurde es umbenannt?</translation>
    </message>
    <message>
        <source>Google could not be reached. The portal tries again at the next sync.</source>
        <translation>Google war nicht erreichbar. Das Portal versucht es bei der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>Google asked the portal to wait. It tries again at the next sync.</source>
        <translation>Google hat das Portal gebeten zu warten. Es versucht es bei der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>Google refused the portal&apos;s key. Check the API key or the service account in the server&apos;s settings.</source>
        <translation>Google hat den Schlüssel des Portals abgelehnt. Bitte prüfen Sie den API-Schlüssel oder das Dienstkonto in den Einstellungen des Servers.</translation>
    </message>
    <message>
        <source>The sheet has problems; the last good version stays live:%1</source>
        <translation>Die Tabelle enthält Fehler; die letzte gültige Version bleibt aktiv:%1</translation>
    </message>
    <message>
        <source>Reading the sheet failed: %1</source>
        <translation>Die Tabelle konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Google Sheet</source>
        <translation>Google-Tabelle</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>No checklist published yet</source>
        <translation>Noch keine Checkliste veröffentlicht</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nie</translation>
    </message>
    <message>
        <source>The checklist was read again; nothing changed.</source>
        <translation>Die Checkliste wurde neu gelesen; es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Version %1 of the checklist is published.</source>
        <translation>Version %1 der Checkliste ist veröffentlicht.</translation>
    </message>
    <message>
        <source>No Google Sheet is configured on the server. Import the checklist as a CSV file instead.</source>
        <translation>Auf dem Server ist keine Google-Tabelle eingerichtet. Bitte importieren Sie die Checkliste stattdessen als CSV-Datei.</translation>
    </message>
    <message>
        <source>Import the same file again</source>
        <translation>Dieselbe Datei erneut importieren</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8. Save it as “CSV UTF-8” and import it again.</source>
        <translation>Die Datei ist nicht als UTF-8 gespeichert. Bitte speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>A quotation mark in the file is never closed.</source>
        <translation>Ein Anführungszeichen in der Datei wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The sheet has no items.</source>
        <translation>Die Tabelle enthält keine Punkte.</translation>
    </message>
    <message>
        <source>The sheet has too many items (%1).</source>
        <translation>Die Tabelle enthält zu viele Punkte (%1).</translation>
    </message>
    <message>
        <source>Header row: the column “%1” is missing.</source>
        <translation>Kopfzeile: Die Spalte „%1“ fehlt.</translation>
    </message>
    <message>
        <source>Header row: the column “%1” appears twice.</source>
        <translation>Kopfzeile: Die Spalte „%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>empty, but needed</source>
        <translation>leer, wird aber benötigt</translation>
    </message>
    <message>
        <source>“%1” is not a valid item_id (letters, digits, “_”, “.” and “-” only, at most 64)</source>
        <translation>„%1“ ist keine gültige item_id (nur Buchstaben, Ziffern, „_“, „.“ und „-“, höchstens 64)</translation>
    </message>
    <message>
        <source>the item_id “%1” is used twice</source>
        <translation>die item_id „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>unknown type “%1”</source>
        <translation>unbekannter Typ „%1“</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no</source>
        <translation>„%1“ ist weder ja noch nein</translation>
    </message>
    <message>
        <source>unknown owner “%1” (customer or agency)</source>
        <translation>unbekannte Zuständigkeit „%1“ (kunde oder agentur)</translation>
    </message>
    <message>
        <source>a choice needs options, separated by “;”</source>
        <translation>eine Auswahl braucht Optionen, getrennt durch „;“</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>der Text ist zu lang</translation>
    </message>
    <message>
        <source>“%1” is not valid</source>
        <translation>„%1“ ist ungültig</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>“%1” has problems and was not published; the last good version stays live. Check the columns and import it again.</source>
        <translation>„%1“ enthält Fehler und wurde nicht veröffentlicht; die letzte gültige Version bleibt aktiv. Bitte prüfen Sie die Spalten und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>“%1” was not published; the last good version stays live. Fix these problems and import it again:%2</source>
        <translation>„%1“ wurde nicht veröffentlicht; die letzte gültige Version bleibt aktiv. Bitte beheben Sie diese Fehler und importieren Sie die Datei erneut:%2</translation>
    </message>
</context>
<context>
    <name>kp::client::ConnectAdAccountDialog</name>
    <message>
        <source>Ad account ID</source>
        <translation>Werbekonto-ID</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect an ad account</source>
        <translation>Werbekonto verbinden</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>The figures are fetched regularly with this token. It is stored encrypted and never shown again.</source>
        <translation>Mit diesem Token werden die Zahlen regelmäßig abgerufen. Es wird verschlüsselt gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The customer ID at the top of Google Ads: ten digits as 123-456-7890.</source>
        <translation>Die Kundennummer oben in Google Ads: zehn Ziffern wie 123-456-7890.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>The OAuth refresh token of a user with access to this customer ID.</source>
        <translation>Das OAuth-Refresh-Token eines Nutzers mit Zugriff auf diese Kundennummer.</translation>
    </message>
    <message>
        <source>The ad account ID from the Business Manager with &quot;act_&quot; in front, e.g. act_1234567890.</source>
        <translation>Die Werbekonto-ID aus dem Business Manager mit „act_“ davor, z. B. act_1234567890.</translation>
    </message>
    <message>
        <source>A long-lived access token (system user) with the ads_read permission.</source>
        <translation>Ein langlebiges Zugriffstoken (Systemnutzer) mit der Berechtigung ads_read.</translation>
    </message>
    <message>
        <source>Please enter the ad account ID.</source>
        <translation>Bitte geben Sie die Werbekonto-ID ein.</translation>
    </message>
    <message>
        <source>Enter the customer ID as 123-456-7890.</source>
        <translation>Geben Sie die Kundennummer als 123-456-7890 ein.</translation>
    </message>
    <message>
        <source>Enter the ID with &quot;act_&quot; in front, e.g. act_1234567890.</source>
        <translation>Geben Sie die ID mit „act_“ davor ein, z. B. act_1234567890.</translation>
    </message>
    <message>
        <source>Please enter the refresh token.</source>
        <translation>Bitte geben Sie das Refresh-Token ein.</translation>
    </message>
    <message>
        <source>Please enter the access token.</source>
        <translation>Bitte geben Sie das Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>A token has no spaces or line breaks. Copy it again.</source>
        <translation>Ein Token enthält keine Leerzeichen oder Zeilenumbrüche. Kopieren Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Wird verbunden …</translation>
    </message>
    <message>
        <source>This ad account is already connected.</source>
        <translation>Dieses Werbekonto ist bereits verbunden.</translation>
    </message>
    <message>
        <source>The platform does not know this ad account ID, or the token has no access to it.</source>
        <translation>Die Plattform kennt diese Werbekonto-ID nicht, oder das Token hat keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>The platform refused this token. Check that it is current and has access to the account.</source>
        <translation>Die Plattform hat dieses Token abgelehnt. Prüfen Sie, ob es aktuell ist und Zugriff auf das Konto hat.</translation>
    </message>
</context>
<context>
    <name>kp::client::ContentEditorPage</name>
    <message>
        <source>“%1” could not be saved</source>
        <translation>„%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Als Entwurf speichern</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>%1, changed %2</source>
        <translation>%1, geändert am %2</translation>
    </message>
    <message>
        <source>“%1” is published.</source>
        <translation>„%1“ ist veröffentlicht.</translation>
    </message>
    <message>
        <source>“%1” is saved as a draft.</source>
        <translation>„%1“ ist als Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete “%1”? Customers will no longer see it.</source>
        <translation>„%1“ löschen? Kunden sehen es dann nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted</source>
        <translation>„%1“ konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>kp::client::CustomPeriodDialog</name>
    <message>
        <source>Choose a period</source>
        <translation>Zeitraum wählen</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Show period</source>
        <translation>Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n Tag)</numerusform>
            <numerusform>%1 (%n Tage)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kp::client::CustomerAnswerRow</name>
    <message>
        <source>Required, by the customer</source>
        <translation>Pflichtangabe des Kunden</translation>
    </message>
    <message>
        <source>Optional, by the customer</source>
        <translation>Freiwillige Angabe des Kunden</translation>
    </message>
    <message>
        <source>Done by the agency</source>
        <translation>Erledigt die Agentur</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Downloading …</source>
        <translation>Wird heruntergeladen …</translation>
    </message>
</context>
<context>
    <name>kp::client::CustomerAnswersController</name>
    <message>
        <source>“%1” is the customer&apos;s to answer; only the customer can change it.</source>
        <translation>„%1“ beantwortet der Kunde selbst; nur er kann es ändern.</translation>
    </message>
    <message>
        <source>“%1” is no longer part of this customer&apos;s checklist. Open the customer again to see the current checklist.</source>
        <translation>„%1“ gehört nicht mehr zur Checkliste dieses Kunden. Öffnen Sie den Kunden erneut, um die aktuelle Checkliste zu sehen.</translation>
    </message>
    <message>
        <source>“%1” could not be changed: %2</source>
        <translation>„%1“ konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>Die Datei konnte nicht heruntergeladen werden: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::CustomerAnswersView</name>
    <message>
        <source>Save the customer&apos;s file</source>
        <translation>Datei des Kunden speichern</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Loading the answers of %1 …</source>
        <translation>Die Antworten von %1 werden geladen …</translation>
    </message>
    <message>
        <source>No checklist published yet</source>
        <translation>Noch keine Checkliste veröffentlicht</translation>
    </message>
    <message>
        <source>Publish the checklist on the “Checklist” page; the customer&apos;s answers appear here.</source>
        <translation>Veröffentlichen Sie die Checkliste auf der Seite „Checkliste“; die Antworten des Kunden erscheinen dann hier.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>kp::client::CustomerProgressCard</name>
    <message>
        <source>View answers</source>
        <translation>Antworten ansehen</translation>
    </message>
</context>
<context>
    <name>kp::client::CustomerRoadmapPanel</name>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>The customer&apos;s path could not be loaded: %1</source>
        <translation>Der Weg des Kunden konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 has reached the end of the path.</source>
        <translation>%1 hat das Ende des Wegs erreicht.</translation>
    </message>
    <message>
        <source>%1 is at “%2”.</source>
        <translation>%1 ist bei „%2“.</translation>
    </message>
    <message>
        <source>by an admin</source>
        <translation>von einem Admin</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Done on %1, %2</source>
        <translation>Erledigt am %1, %2</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Aktuelle Etappe</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Marks “%1” as not done.</source>
        <translation>Markiert „%1“ als nicht erledigt.</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Interested on %1</source>
        <translation>Interesse am %1</translation>
    </message>
    <message>
        <source>Hidden by the customer on %1</source>
        <translation>Vom Kunden ausgeblendet am %1</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Wird gerade angezeigt</translation>
    </message>
    <message>
        <source>Not shown at this stage</source>
        <translation>In dieser Etappe nicht angezeigt</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Als erledigt markiert.</translation>
    </message>
    <message>
        <source>Marked as not done.</source>
        <translation>Als nicht erledigt markiert.</translation>
    </message>
    <message>
        <source>The stage could not be changed: %1</source>
        <translation>Die Etappe konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Custom period …</source>
        <translation>Zeitraum …</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Ad spend</source>
        <translation>Werbekosten</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Kosten pro Lead</translation>
    </message>
    <message>
        <source>Click-through rate (CTR)</source>
        <translation>Klickrate (CTR)</translation>
    </message>
    <message>
        <source>Cost per click (CPC)</source>
        <translation>Kosten pro Klick (CPC)</translation>
    </message>
    <message>
        <source>Changes compared with</source>
        <translation>Veränderung gegenüber</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Metric shown in the chart</source>
        <translation>Kennzahl im Diagramm</translation>
    </message>
    <message>
        <source>All figures since the accounts were connected (up to %1)</source>
        <translation>Alle Zahlen seit Verbindung der Konten (bis %1)</translation>
    </message>
    <message>
        <source>Loading your figures …</source>
        <translation>Ihre Zahlen werden geladen …</translation>
    </message>
    <message>
        <source>No ad account connected yet</source>
        <translation>Noch kein Werbekonto verbunden</translation>
    </message>
    <message>
        <source>Your agency connects your Facebook and Google Ads accounts. As soon as that is done, your leads, ad spend, clicks and impressions appear here.</source>
        <translation>Ihre Agentur verbindet Ihre Facebook- und Google-Ads-Konten. Sobald das geschehen ist, erscheinen hier Ihre Leads, Werbekosten, Klicks und Impressionen.</translation>
    </message>
    <message>
        <source>Nothing: all time has no period before it.</source>
        <translation>Nichts: Vor „Gesamt“ gibt es keinen Zeitraum.</translation>
    </message>
</context>
<context>
    <name>kp::client::DashboardText</name>
    <message>
        <source>CSV import</source>
        <translation>CSV-Import</translation>
    </message>
    <message>
        <source>attribution as set per conversion action</source>
        <translation>Attribution laut Conversion-Aktion</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after click</source>
        <translation>
            <numerusform>%n Tag nach Klick</numerusform>
            <numerusform>%n Tage nach Klick</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after view</source>
        <translation>
            <numerusform>%n Tag nach Ansehen</numerusform>
            <numerusform>%n Tage nach Ansehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after engaged view</source>
        <translation>
            <numerusform>%n Tag nach intensivem Ansehen</numerusform>
            <numerusform>%n Tage nach intensivem Ansehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribution as set per conversion action</source>
        <translation>Attribution laut Conversion-Aktion</translation>
    </message>
    <message>
        <source>Attribution: %1</source>
        <translation>Attribution: %1</translation>
    </message>
    <message>
        <source>Time zone %1</source>
        <translation>Zeitzone %1</translation>
    </message>
    <message>
        <source>last updated %1</source>
        <translation>zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht abgerufen</translation>
    </message>
    <message>
        <source>updating now</source>
        <translation>wird gerade aktualisiert</translation>
    </message>
    <message>
        <source>the platform asked us to wait; the next sync follows shortly</source>
        <translation>die Plattform bremst gerade; der nächste Abruf folgt in Kürze</translation>
    </message>
    <message>
        <source>figures from %1 on are provisional</source>
        <translation>Zahlen ab %1 sind vorläufig</translation>
    </message>
    <message>
        <source>Figures are currently not up to date (%1): not synced yet. Your agency has been notified.</source>
        <translation>Daten derzeit nicht aktuell (%1): noch nicht abgerufen. Ihre Agentur ist informiert.</translation>
    </message>
    <message>
        <source>Figures are currently not up to date (%1), as of %2. Your agency has been notified.</source>
        <translation>Daten derzeit nicht aktuell (%1), Stand: %2. Ihre Agentur ist informiert.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Wird synchronisiert</translation>
    </message>
    <message>
        <source>Renew token</source>
        <translation>Token erneuern</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>chart label of a day</comment>
        <translation>dd.MM.</translation>
    </message>
    <message>
        <source>Wk %1</source>
        <comment>chart label of an ISO week</comment>
        <translation>KW %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>kp::client::HomePage</name>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Empfehlungscode</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Campaign performance</source>
        <translation>Kampagnen-Performance</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>New registrations wait for your decision before customers can log in.</source>
        <translation>Neue Registrierungen warten auf Ihre Entscheidung, bevor sich Kunden anmelden können.</translation>
    </message>
    <message>
        <source>Review registrations</source>
        <translation>Registrierungen prüfen</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n+ waiting</source>
        <translation>
            <numerusform>%n+ warten</numerusform>
            <numerusform>%n+ warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Your figures are on the dashboard</source>
        <translation>Ihre Zahlen finden Sie im Dashboard</translation>
    </message>
    <message>
        <source>Leads, ad spend, clicks and impressions for any period, compared with the period before.</source>
        <translation>Leads, Werbekosten, Klicks und Impressionen für jeden Zeitraum, verglichen mit dem Zeitraum davor.</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
</context>
<context>
    <name>kp::client::KpiTile</name>
    <message>
        <source>Previous period: %1</source>
        <translation>Vorheriger Zeitraum: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::LoginPage</name>
    <message>
        <source>Email or user name</source>
        <translation>E-Mail oder Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>New here?</source>
        <translation>Neu hier?</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>Server ändern</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Please enter your email address or user name.</source>
        <translation>Bitte geben Sie Ihre E-Mail-Adresse oder Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Bitte geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Logging in …</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>This computer has no password store (Secret Service) available. You can log in, but you will have to log in again after closing the app.</source>
        <translation>Auf diesem Computer ist kein Passwortspeicher (Secret Service) verfügbar. Sie können sich anmelden, müssen sich nach dem Schließen der App aber erneut anmelden.</translation>
    </message>
    <message>
        <source>Your campaigns, your onboarding and your direct line to the agency.</source>
        <translation>Ihre Kampagnen, Ihr Onboarding und Ihr direkter Draht zur Agentur.</translation>
    </message>
</context>
<context>
    <name>kp::client::MainWindow</name>
    <message>
        <source>Kundenportal</source>
        <translation>Kundenportal</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Sent: %1.</source>
        <translation>Gesendet: %1.</translation>
    </message>
    <message>
        <source>Could not be saved: %1. %2</source>
        <translation>Nicht gespeichert: %1. %2</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline could not be sent yet. Logging out deletes them from this computer.</source>
        <translation>
            <numerusform>%n offline vorgenommene Änderung konnte noch nicht gesendet werden. Beim Abmelden wird sie von diesem Computer gelöscht.</numerusform>
            <numerusform>%n offline vorgenommene Änderungen konnten noch nicht gesendet werden. Beim Abmelden werden sie von diesem Computer gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log out and discard</source>
        <translation>Abmelden und verwerfen</translation>
    </message>
</context>
<context>
    <name>kp::client::MetricsChart</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Ad spend</source>
        <translation>Werbekosten</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>Leads: %1</source>
        <translation>Leads: %1</translation>
    </message>
    <message>
        <source>Ad spend: %1</source>
        <translation>Werbekosten: %1</translation>
    </message>
    <message>
        <source>Clicks: %1</source>
        <translation>Klicks: %1</translation>
    </message>
    <message>
        <source>Impressions: %1</source>
        <translation>Impressionen: %1</translation>
    </message>
    <message>
        <source>provisional: the platform may still revise these figures</source>
        <translation>vorläufig: die Plattform kann diese Zahlen noch korrigieren</translation>
    </message>
</context>
<context>
    <name>kp::client::MyCallbacksPage</name>
    <message>
        <source>Callback requests</source>
        <translation>Rückrufanfragen</translation>
    </message>
    <message>
        <source>Your requests to the agency and where they stand.</source>
        <translation>Ihre Anfragen an die Agentur und wo sie stehen.</translation>
    </message>
    <message>
        <source>Request a callback</source>
        <translation>Rückruf anfordern</translation>
    </message>
    <message>
        <source>Loading your requests …</source>
        <translation>Ihre Anfragen werden geladen …</translation>
    </message>
    <message>
        <source>No callback requests yet</source>
        <translation>Noch keine Rückrufanfragen</translation>
    </message>
    <message>
        <source>Need help quickly? &quot;Request a callback&quot; and the agency calls you back.</source>
        <translation>Schnell Hilfe nötig? „Rückruf anfordern“, und die Agentur ruft Sie zurück.</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rückrufe</translation>
    </message>
</context>
<context>
    <name>kp::client::OfflineVideos</name>
    <message>
        <source>The folder for offline videos cannot be created.</source>
        <translation>Der Ordner für Offline-Videos kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The video cannot be saved on this computer: %1</source>
        <translation>Das Video kann auf diesem Computer nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>der Server antwortete %1</translation>
    </message>
    <message>
        <source>The video could not be downloaded (%1).</source>
        <translation>Das Video konnte nicht heruntergeladen werden (%1).</translation>
    </message>
</context>
<context>
    <name>kp::client::OnboardingProgressPage</name>
    <message>
        <source>Loading customers …</source>
        <translation>Kunden werden geladen …</translation>
    </message>
    <message>
        <source>No approved customers yet</source>
        <translation>Noch keine freigegebenen Kunden</translation>
    </message>
    <message>
        <source>Customers appear here once you approve their registration; then you see how far each one is with the checklist.</source>
        <translation>Kunden erscheinen hier, sobald Sie ihre Registrierung freigeben; dann sehen Sie, wie weit jeder mit der Checkliste ist.</translation>
    </message>
    <message>
        <source>Onboarding progress</source>
        <translation>Onboarding-Fortschritt</translation>
    </message>
    <message>
        <source>How far each customer is with the checklist; open ones first.</source>
        <translation>Wie weit jeder Kunde mit der Checkliste ist; offene zuerst.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>kp::client::PageEntry</name>
    <message>
        <source>Opens once the onboarding checklist is complete.</source>
        <translation>Öffnet sich, sobald die Onboarding-Checkliste abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>kp::client::PartnerPage</name>
    <message>
        <source>Save the QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Partner program</source>
        <translation>Partnerprogramm</translation>
    </message>
    <message>
        <source>Recommend the agency: everyone who registers through your link is listed here.</source>
        <translation>Empfehlen Sie die Agentur weiter: Wer sich über Ihren Link registriert, erscheint hier.</translation>
    </message>
    <message>
        <source>Your personal link</source>
        <translation>Ihr persönlicher Link</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Send it by email or messenger, or put it on your website: whoever registers through it counts as your referral.</source>
        <translation>Schicken Sie ihn per E-Mail oder Messenger oder stellen Sie ihn auf Ihre Website: Wer sich darüber registriert, zählt als Ihre Empfehlung.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>QR code of your personal link</source>
        <translation>QR-Code Ihres persönlichen Links</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Als PNG speichern</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Your referrals</source>
        <translation>Ihre Empfehlungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Geklickt</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>No referrals yet</source>
        <translation>Noch keine Empfehlungen</translation>
    </message>
    <message>
        <source>Copy your link and send it to people who could use the agency, or let them scan the QR code. Everyone who registers through it appears here, with where they came from.</source>
        <translation>Kopieren Sie Ihren Link und schicken Sie ihn an Menschen, denen die Agentur helfen kann, oder lassen Sie sie den QR-Code scannen. Wer sich darüber registriert, erscheint hier – mit der Angabe, woher er kam.</translation>
    </message>
    <message>
        <source>Loading your partner program …</source>
        <translation>Partnerprogramm wird geladen …</translation>
    </message>
    <message>
        <source>Your code: %1. It can also be typed in when registering.</source>
        <translation>Ihr Code: %1. Er kann bei der Registrierung auch von Hand eingegeben werden.</translation>
    </message>
    <message>
        <source>Link copied. Paste it wherever you want to recommend the agency.</source>
        <translation>Link kopiert. Fügen Sie ihn dort ein, wo Sie die Agentur empfehlen möchten.</translation>
    </message>
    <message>
        <source>QR code saved.</source>
        <translation>QR-Code gespeichert.</translation>
    </message>
    <message>
        <source>The QR code could not be saved: %1</source>
        <translation>Der QR-Code konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Every customer&apos;s referrals, and who brought whom.</source>
        <translation>Die Empfehlungen aller Kunden – und wer wen geworben hat.</translation>
    </message>
    <message>
        <source>Choose a customer to see who brought them and the history of corrections.</source>
        <translation>Wählen Sie einen Kunden, um zu sehen, wer ihn geworben hat, und die Historie der Korrekturen.</translation>
    </message>
    <message>
        <source>Correct attribution …</source>
        <translation>Zuordnung korrigieren …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Customers as partners</source>
        <translation>Kunden als Partner</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Geworben von</translation>
    </message>
    <message>
        <source>Who brought whom</source>
        <translation>Wer hat wen geworben</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>History of corrections</source>
        <translation>Historie der Korrekturen</translation>
    </message>
    <message>
        <source>Loading partners …</source>
        <translation>Partner werden geladen …</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <source>Once customers register, their referrals and who brought them appear here.</source>
        <translation>Sobald sich Kunden registrieren, erscheinen hier ihre Empfehlungen und wer sie geworben hat.</translation>
    </message>
    <message>
        <source>Loading history …</source>
        <translation>Historie wird geladen …</translation>
    </message>
    <message>
        <source>No corrections: this is the attribution made at registration.</source>
        <translation>Keine Korrekturen: Das ist die Zuordnung bei der Registrierung.</translation>
    </message>
    <message>
        <source>The attribution of %1 is corrected.</source>
        <translation>Die Zuordnung von %1 ist korrigiert.</translation>
    </message>
</context>
<context>
    <name>kp::client::ProfileController</name>
    <message>
        <source>Profile change</source>
        <translation>Profiländerung</translation>
    </message>
</context>
<context>
    <name>kp::client::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Your details, your password and your picture.</source>
        <translation>Ihre Angaben, Ihr Passwort und Ihr Bild.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Log out on all other devices</source>
        <translation>Auf allen anderen Geräten abmelden</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>Shown in the app and to the agency. After choosing a picture you pick the square part to show.</source>
        <translation>Sichtbar in der App und für die Agentur. Nach der Auswahl bestimmen Sie den quadratischen Ausschnitt.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (optional)</translation>
    </message>
    <message>
        <source>User name (optional)</source>
        <translation>Benutzername (optional)</translation>
    </message>
    <message>
        <source>e.g. 030 1234567</source>
        <translation>z. B. 030 1234567</translation>
    </message>
    <message>
        <source>To log in without your email address</source>
        <translation>Anmelden ohne E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>After the change, every other device is logged out. This one stays logged in.</source>
        <translation>Nach der Änderung werden alle anderen Geräte abgemeldet. Dieses bleibt angemeldet.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Logged in on a computer you no longer use, or lost one? End every other session of your account; this device stays logged in.</source>
        <translation>Noch auf einem Computer angemeldet, den Sie nicht mehr nutzen, oder einen verloren? Beenden Sie alle anderen Sitzungen Ihres Kontos; dieses Gerät bleibt angemeldet.</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>Bitte prüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Your changes are saved.</source>
        <translation>Ihre Änderungen sind gespeichert.</translation>
    </message>
    <message>
        <source>You are offline. Your changes are kept and sent as soon as the server is reachable again.</source>
        <translation>Sie sind offline. Ihre Änderungen bleiben erhalten und werden gesendet, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Another account uses this email address already.</source>
        <translation>Diese E-Mail-Adresse wird bereits von einem anderen Konto verwendet.</translation>
    </message>
    <message>
        <source>✓ Long enough. Longer is safer: a sentence you remember works well.</source>
        <translation>✓ Lang genug. Länger ist sicherer: Ein Satz, den Sie sich merken, eignet sich gut.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Bitte verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>At least %1 characters (%n more).</source>
        <translation>
            <numerusform>Mindestens %1 Zeichen (noch %n).</numerusform>
            <numerusform>Mindestens %1 Zeichen (noch %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Your password is changed. Every other device has been logged out.</source>
        <translation>Ihr Passwort ist geändert. Alle anderen Geräte wurden abgemeldet.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Das ist nicht Ihr aktuelles Passwort.</translation>
    </message>
    <message>
        <source>Every other device is logged out now.</source>
        <translation>Alle anderen Geräte sind jetzt abgemeldet.</translation>
    </message>
    <message>
        <source>Uploading …</source>
        <translation>Wird hochgeladen …</translation>
    </message>
</context>
<context>
    <name>kp::client::RegisterPage</name>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Create your account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>After you register, the agency checks your details and activates your account.</source>
        <translation>Nach Ihrer Registrierung prüft die Agentur Ihre Angaben und schaltet Ihr Konto frei.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (optional)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>User name (optional)</source>
        <translation>Benutzername (optional)</translation>
    </message>
    <message>
        <source>Referral code (optional)</source>
        <translation>Empfehlungscode (optional)</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>e.g. 030 1234567</source>
        <translation>z. B. 030 1234567</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation>Zurück zur Anmeldung</translation>
    </message>
    <message>
        <source>Registering …</source>
        <translation>Registrierung läuft …</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>Bitte prüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>To log in without your email address</source>
        <translation>Anmelden ohne E-Mail</translation>
    </message>
    <message>
        <source>Recommended through a partner link</source>
        <translation>Empfohlen über einen Partnerlink</translation>
    </message>
</context>
<context>
    <name>kp::client::RegistrationCard</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>Keine Empfehlung</translation>
    </message>
    <message>
        <source>Referred by %1 (%2)</source>
        <translation>Empfohlen von %1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Registered on %1</source>
        <translation>Registriert am %1</translation>
    </message>
    <message>
        <source>Approve anyway</source>
        <translation>Doch freigeben</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>Freigegeben am %1</translation>
    </message>
</context>
<context>
    <name>kp::client::RejectDialog</name>
    <message>
        <source>Reject registration</source>
        <translation>Registrierung ablehnen</translation>
    </message>
    <message>
        <source>Reject the registration of %1?</source>
        <translation>Registrierung von %1 ablehnen?</translation>
    </message>
    <message>
        <source>The customer will see this reason when opening the app. Be clear and friendly.</source>
        <translation>Der Kunde sieht diese Begründung beim Öffnen der App. Formulieren Sie sie bitte klar und freundlich.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>e.g. We could not verify your company.</source>
        <translation>z. B. Wir konnten Ihr Unternehmen nicht verifizieren.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Bitte verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Bitte geben Sie eine Begründung an.</translation>
    </message>
</context>
<context>
    <name>kp::client::RemoteListController</name>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
</context>
<context>
    <name>kp::client::RoadmapPage</name>
    <message>
        <source>Your path</source>
        <translation>Ihr Weg</translation>
    </message>
    <message>
        <source>From your registration to the first leads: where you stand and what happens next.</source>
        <translation>Von Ihrer Registrierung bis zu den ersten Leads: wo Sie stehen und was als Nächstes passiert.</translation>
    </message>
    <message>
        <source>Your stages</source>
        <translation>Ihre Etappen</translation>
    </message>
    <message>
        <source>What could help next</source>
        <translation>Was Ihnen als Nächstes helfen kann</translation>
    </message>
    <message>
        <source>Loading your path …</source>
        <translation>Ihr Weg wird geladen …</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Your path is being prepared</source>
        <translation>Ihr Weg wird vorbereitet</translation>
    </message>
    <message>
        <source>The agency is setting up the stages of your way to the first leads. Until then, the onboarding checklist shows what to do.</source>
        <translation>Die Agentur richtet die Etappen Ihres Wegs zu den ersten Leads ein. Bis dahin zeigt die Onboarding-Checkliste, was zu tun ist.</translation>
    </message>
    <message>
        <source>Hidden offer</source>
        <translation>Ausgeblendetes Angebot</translation>
    </message>
    <message>
        <source>The offer could not be hidden: %1</source>
        <translation>Das Angebot konnte nicht ausgeblendet werden: %1</translation>
    </message>
    <message>
        <source>Interest in an offer</source>
        <translation>Interesse an einem Angebot</translation>
    </message>
    <message>
        <source>Your interest could not be sent: %1</source>
        <translation>Ihr Interesse konnte nicht gesendet werden: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::RoadmapTimeline</name>
    <message>
        <source>Your path</source>
        <translation>Ihr Weg</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>It&apos;s your turn</source>
        <translation>Sie sind dran</translation>
    </message>
    <message>
        <source>The agency is on it</source>
        <translation>Die Agentur ist dran</translation>
    </message>
    <message>
        <source>Now · %1</source>
        <translation>Jetzt · %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>kp::client::ServerSettingsDialog</name>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Connect to your agency&apos;s server</source>
        <translation>Mit dem Server Ihrer Agentur verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Enter an address like portal.agency.com or http://127.0.0.1:8080.</source>
        <translation>Bitte geben Sie eine Adresse wie portal.agentur.de oder http://127.0.0.1:8080 ein.</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected. Server version %1.</source>
        <translation>Verbunden. Serverversion %1.</translation>
    </message>
    <message>
        <source>No Kundenportal server answers at this address (%1).</source>
        <translation>Unter dieser Adresse antwortet kein Kundenportal-Server (%1).</translation>
    </message>
    <message>
        <source>You get this address from your agency, for example portal.agency.com.</source>
        <translation>Diese Adresse erhalten Sie von Ihrer Agentur, zum Beispiel portal.agentur.de.</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): your password and your session would cross the network readable by others. Use https:// unless the server runs on this computer.</source>
        <translation>Diese Adresse ist nicht verschlüsselt (http://): Ihr Passwort und Ihre Sitzung wären im Netzwerk für andere lesbar. Verwenden Sie https://, außer der Server läuft auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>kp::client::Session</name>
    <message>
        <source>Your session has ended: it expired, or it was ended on another device or by a password change. Please log in again.</source>
        <translation>Ihre Sitzung ist beendet: Sie ist abgelaufen oder wurde auf einem anderen Gerät oder durch eine Passwortänderung beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>kp::client::Sidebar</name>
    <message>
        <source>Kundenportal</source>
        <translation>Kundenportal</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n offen</numerusform>
            <numerusform>%1, %n offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kp::client::StagesEditorPage</name>
    <message>
        <source>Roadmap stages</source>
        <translation>Etappen</translation>
    </message>
    <message>
        <source>The stages of every customer&apos;s path. Drafts stay hidden from customers.</source>
        <translation>Die Etappen auf dem Weg jedes Kunden. Entwürfe sehen Kunden nicht.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Etappe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>While it is current (e.g. “The agency builds your landing page”)</source>
        <translation>Solange sie aktuell ist (z. B. „Die Agentur erstellt Ihre Landingpage“)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Wer ist dran</translation>
    </message>
    <message>
        <source>The agency</source>
        <translation>Die Agentur</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Erledigt durch</translation>
    </message>
    <message>
        <source>An admin, per customer</source>
        <translation>Ein Admin, je Kunde</translation>
    </message>
    <message>
        <source>The account&apos;s approval</source>
        <translation>Die Freigabe des Kontos</translation>
    </message>
    <message>
        <source>The completed checklist</source>
        <translation>Die abgeschlossene Checkliste</translation>
    </message>
    <message>
        <source>The required videos, understood</source>
        <translation>Die Pflichtvideos, verstanden</translation>
    </message>
    <message>
        <source>The first day with leads</source>
        <translation>Den ersten Tag mit Leads</translation>
    </message>
    <message>
        <source>The checklist items below, answered</source>
        <translation>Die unten genannten Checklisten-Punkte, beantwortet</translation>
    </message>
    <message>
        <source>Checklist items (ids, separated by commas)</source>
        <translation>Checklisten-Punkte (IDs, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>The stage</source>
        <translation>Die Etappe</translation>
    </message>
</context>
<context>
    <name>kp::client::StatePanel</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
</context>
<context>
    <name>kp::client::SupportPage</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Request a callback</source>
        <translation>Rückruf anfordern</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Write to your agency, or ask for a callback.</source>
        <translation>Schreiben Sie Ihrer Agentur oder fordern Sie einen Rückruf an.</translation>
    </message>
    <message>
        <source>Opening the chat …</source>
        <translation>Chat wird geöffnet …</translation>
    </message>
    <message>
        <source>The chat cannot be reached right now</source>
        <translation>Der Chat ist gerade nicht erreichbar</translation>
    </message>
    <message>
        <source>Check your internet connection and try again. For anything urgent, ask for a callback: your agency will call you back.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut. Wenn es eilt, fordern Sie einen Rückruf an: Ihre Agentur ruft Sie zurück.</translation>
    </message>
    <message>
        <source>The chat is not set up yet</source>
        <translation>Der Chat ist noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>Your agency has not switched on the chat. Ask for a callback instead: your agency will call you back.</source>
        <translation>Ihre Agentur hat den Chat noch nicht eingeschaltet. Fordern Sie stattdessen einen Rückruf an: Ihre Agentur ruft Sie zurück.</translation>
    </message>
</context>
<context>
    <name>kp::client::UpsellCard</name>
    <message>
        <source>I&apos;m interested</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Don&apos;t show again</source>
        <translation>Nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>The agency will get in touch with you.</source>
        <translation>Die Agentur meldet sich bei Ihnen.</translation>
    </message>
    <message>
        <source>Hides this offer for good, also on your other devices.</source>
        <translation>Blendet dieses Angebot dauerhaft aus, auch auf Ihren anderen Geräten.</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>Mehr erfahren</translation>
    </message>
</context>
<context>
    <name>kp::client::UpsellsEditorPage</name>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Further services shown beside the roadmap, at most two at a time, only at the stages you choose.</source>
        <translation>Weitere Leistungen neben dem Weg des Kunden, höchstens zwei zugleich, nur in den Etappen, die Sie wählen.</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Button (e.g. “I&apos;m interested”)</source>
        <translation>Schaltfläche (z. B. „Interesse“)</translation>
    </message>
    <message>
        <source>Link to more information (optional)</source>
        <translation>Link zu mehr Informationen (optional)</translation>
    </message>
    <message>
        <source>The offer</source>
        <translation>Das Angebot</translation>
    </message>
    <message>
        <source>Shown at these stages</source>
        <translation>Angezeigt in diesen Etappen</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoAdminController</name>
    <message>
        <source>The videos could not be loaded again: %1</source>
        <translation>Die Videos konnten nicht neu geladen werden: %1</translation>
    </message>
    <message>
        <source>Title of the series</source>
        <translation>Titel der Serie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Serie hinzufügen</translation>
    </message>
    <message>
        <source>The series “%1” was added.</source>
        <translation>Die Serie „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <source>The series “%1” could not be added</source>
        <translation>Die Serie „%1“ konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Rename series</source>
        <translation>Serie umbenennen</translation>
    </message>
    <message>
        <source>The series is now called “%1”.</source>
        <translation>Die Serie heißt jetzt „%1“.</translation>
    </message>
    <message>
        <source>The series “%1” could not be renamed</source>
        <translation>Die Serie „%1“ konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>„%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>The new order is saved.</source>
        <translation>Die neue Reihenfolge ist gespeichert.</translation>
    </message>
    <message>
        <source>the series changed meanwhile (a video was added or removed). The page was loaded again.</source>
        <translation>Die Serie wurde inzwischen geändert (ein Video kam hinzu oder wurde gelöscht). Die Seite wurde neu geladen.</translation>
    </message>
    <message>
        <source>the server cannot be reached. Changes need the connection; try again once you are online.</source>
        <translation>Der Server ist nicht erreichbar. Änderungen brauchen die Verbindung; versuchen Sie es erneut, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>The order could not be saved, so the old one is back: %1</source>
        <translation>Die Reihenfolge konnte nicht gespeichert werden, die alte ist wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>“%1” is published.</source>
        <translation>„%1“ ist veröffentlicht.</translation>
    </message>
    <message>
        <source>“%1” is a draft again.</source>
        <translation>„%1“ ist wieder ein Entwurf.</translation>
    </message>
    <message>
        <source>“%1” has no video file yet. Upload its file (Edit), then publish it.</source>
        <translation>„%1“ hat noch keine Videodatei. Laden Sie die Datei hoch (Bearbeiten) und veröffentlichen Sie es dann.</translation>
    </message>
    <message>
        <source>“%1” could not be published</source>
        <translation>„%1“ konnte nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>“%1” could not be unpublished</source>
        <translation>„%1“ konnte nicht zurückgezogen werden</translation>
    </message>
    <message>
        <source>Delete video</source>
        <translation>Video löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Customers will no longer see it, and its file is removed.</source>
        <translation>„%1“ löschen? Kunden sehen es dann nicht mehr, und die Datei wird entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted</source>
        <translation>„%1“ konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoAdminPage</name>
    <message>
        <source>Manage videos</source>
        <translation>Videos verwalten</translation>
    </message>
    <message>
        <source>The series and tutorial videos your customers see. Drafts stay hidden from them.</source>
        <translation>Die Serien und Lernvideos, die Ihre Kunden sehen. Entwürfe bleiben für sie verborgen.</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Serie hinzufügen</translation>
    </message>
    <message>
        <source>Add video</source>
        <translation>Video hinzufügen</translation>
    </message>
    <message>
        <source>Loading videos …</source>
        <translation>Videos werden geladen …</translation>
    </message>
    <message>
        <source>Offline: the videos as of %1. Adding, changing, publishing and reordering need the connection to the server.</source>
        <translation>Offline: die Videos mit Stand %1. Hinzufügen, Ändern, Veröffentlichen und Umsortieren brauchen die Verbindung zum Server.</translation>
    </message>
    <message>
        <source>No videos yet — upload the first one</source>
        <translation>Noch keine Videos — laden Sie das erste hoch</translation>
    </message>
    <message>
        <source>Add a series (e.g. “Getting started”), then add its videos. They stay drafts until you publish them.</source>
        <translation>Legen Sie eine Serie an (z. B. „Erste Schritte“) und fügen Sie ihr Videos hinzu. Sie bleiben Entwürfe, bis Sie sie veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoAdminRow</name>
    <message>
        <source>Drag to change the order within the series.</source>
        <translation>Ziehen, um die Reihenfolge in der Serie zu ändern.</translation>
    </message>
    <message>
        <source>No file yet</source>
        <translation>Noch keine Datei</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Customers must watch it to finish their onboarding.</source>
        <translation>Kunden müssen es ansehen, um ihr Onboarding abzuschließen.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoAdminSeriesSection</name>
    <message>
        <source>No videos in this series yet. Add one with “Add video”.</source>
        <translation>Noch keine Videos in dieser Serie. Fügen Sie eines mit „Video hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n Video</numerusform>
            <numerusform>%n Videos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kp::client::VideoCard</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>✓ Understood</source>
        <translation>✓ Verstanden</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 · %2 % watched</source>
        <translation>%1 · %2 % angesehen</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Verstanden</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoEditorController</name>
    <message>
        <source>Uploading %1 …</source>
        <translation>%1 wird hochgeladen …</translation>
    </message>
    <message>
        <source>Saving the picture …</source>
        <translation>Das Bild wird gespeichert …</translation>
    </message>
    <message>
        <source>Upload cancelled. “%1” is saved as a draft without a video file; save again to upload the file.</source>
        <translation>Hochladen abgebrochen. „%1“ ist als Entwurf ohne Videodatei gespeichert; speichern Sie erneut, um die Datei hochzuladen.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>This file is not an MP4 or WebM video.</source>
        <translation>Diese Datei ist kein MP4- oder WebM-Video.</translation>
    </message>
    <message>
        <source>This file is larger than the server accepts.</source>
        <translation>Diese Datei ist größer, als der Server annimmt.</translation>
    </message>
    <message>
        <source>The video could not be saved</source>
        <translation>Das Video konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The file could not be uploaded</source>
        <translation>Die Datei konnte nicht hochgeladen werden</translation>
    </message>
    <message>
        <source>The picture could not be saved</source>
        <translation>Das Bild konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoEditorDialog</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Required: customers must watch it to finish their onboarding</source>
        <translation>Pflicht: Kunden müssen es ansehen, um ihr Onboarding abzuschließen</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Choose file …</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>Without a picture the customers see a neutral placeholder.</source>
        <translation>Ohne Bild sehen die Kunden einen neutralen Platzhalter.</translation>
    </message>
    <message>
        <source>Choose picture …</source>
        <translation>Bild wählen …</translation>
    </message>
    <message>
        <source>Use a frame of the video</source>
        <translation>Bild aus dem Video übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add video</source>
        <translation>Video hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Your first campaign in 5 minutes</source>
        <translation>z. B. Ihre erste Kampagne in 5 Minuten</translation>
    </message>
    <message>
        <source>What the customer learns in this video (optional)</source>
        <translation>Was der Kunde in diesem Video lernt (optional)</translation>
    </message>
    <message>
        <source>Add a series first: every video belongs to one.</source>
        <translation>Legen Sie zuerst eine Serie an: Jedes Video gehört zu einer.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Choose the video</source>
        <translation>Video wählen</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.webm)</source>
        <translation>Videos (*.mp4 *.m4v *.webm)</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Bilder (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>A frame from a tenth into the video.</source>
        <translation>Ein Bild nach einem Zehntel des Videos.</translation>
    </message>
    <message>
        <source>Video file (MP4 or WebM)</source>
        <translation>Videodatei (MP4 oder WebM)</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Edit video</source>
        <translation>Video bearbeiten</translation>
    </message>
    <message>
        <source>The current file stays unless you choose another one.</source>
        <translation>Die bisherige Datei bleibt, wenn Sie keine andere wählen.</translation>
    </message>
    <message>
        <source>The current picture stays unless you choose another one.</source>
        <translation>Das bisherige Bild bleibt, wenn Sie kein anderes wählen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Looking at %1 …</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Reading the picture …</source>
        <translation>Das Bild wird gelesen …</translation>
    </message>
    <message>
        <source>Shown to customers as 640 × 360.</source>
        <translation>Kunden sehen es in 640 × 360.</translation>
    </message>
    <message>
        <source>Taking a picture from the video …</source>
        <translation>Ein Bild wird aus dem Video genommen …</translation>
    </message>
    <message>
        <source>Please give the video a title.</source>
        <translation>Bitte geben Sie dem Video einen Titel.</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 %</source>
        <translation>%1 von %2 · %3 %</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose the video file first.</source>
        <translation>Wählen Sie zuerst die Videodatei.</translation>
    </message>
    <message>
        <source>Uploading %1 …</source>
        <translation>%1 wird hochgeladen …</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoFrameGrabber</name>
    <message>
        <source>No picture could be taken from this video in time.</source>
        <translation>Aus diesem Video ließ sich nicht rechtzeitig ein Bild nehmen.</translation>
    </message>
    <message>
        <source>This video cannot be played here: %1</source>
        <translation>Dieses Video lässt sich hier nicht abspielen: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoPlayerView</name>
    <message>
        <source>← Back to the overview</source>
        <translation>← Zurück zur Übersicht</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Vollbild (F)</translation>
    </message>
    <message>
        <source>About this video</source>
        <translation>Über dieses Video</translation>
    </message>
    <message>
        <source>I have understood the video</source>
        <translation>Ich habe das Video verstanden</translation>
    </message>
    <message>
        <source>Save for offline</source>
        <translation>Für offline speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saved offline ✓</source>
        <translation>Offline gespeichert ✓</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>The video cannot be loaded right now. Trying again in a few seconds …</source>
        <translation>Das Video lässt sich gerade nicht laden. Neuer Versuch in ein paar Sekunden …</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>Ton an (M)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Ton aus (M)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 % watched</source>
        <translation>%1 % angesehen</translation>
    </message>
    <message>
        <source>Understood on %1</source>
        <translation>Verstanden am %1</translation>
    </message>
    <message>
        <source>%1 left to watch</source>
        <translation>Noch %1 ansehen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>kp::client::VideosController</name>
    <message>
        <source>Video progress</source>
        <translation>Videofortschritt</translation>
    </message>
    <message>
        <source>This can only be confirmed while the server can be reached.</source>
        <translation>Das lässt sich nur bestätigen, solange der Server erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>kp::client::VideosPage</name>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Short tutorials from your agency: watch them at your own pace.</source>
        <translation>Kurze Anleitungen Ihrer Agentur: in Ihrem eigenen Tempo.</translation>
    </message>
    <message>
        <source>Loading the videos …</source>
        <translation>Videos werden geladen …</translation>
    </message>
    <message>
        <source>No videos yet</source>
        <translation>Noch keine Videos</translation>
    </message>
    <message>
        <source>Your agency has not published any tutorials yet. They will appear here.</source>
        <translation>Ihre Agentur hat noch keine Anleitungen veröffentlicht. Sie erscheinen hier.</translation>
    </message>
    <message>
        <source>More videos</source>
        <translation>Weitere Videos</translation>
    </message>
    <message>
        <source>All required videos watched</source>
        <translation>Alle Pflichtvideos angesehen</translation>
    </message>
    <message numerus="yes">
        <source>%n required video(s) left</source>
        <translation>
            <numerusform>Noch %n Pflichtvideo</numerusform>
            <numerusform>Noch %n Pflichtvideos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kp::client::videoadmindemo</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Understanding your campaigns</source>
        <translation>Ihre Kampagnen verstehen</translation>
    </message>
    <message>
        <source>Welcome to your customer portal</source>
        <translation>Willkommen in Ihrem Kundenportal</translation>
    </message>
    <message>
        <source>What the portal shows you and where to find help.</source>
        <translation>Was Ihnen das Portal zeigt und wo Sie Hilfe finden.</translation>
    </message>
    <message>
        <source>The onboarding checklist, step by step</source>
        <translation>Die Onboarding-Checkliste Schritt für Schritt</translation>
    </message>
    <message>
        <source>Setting up the Meta pixel</source>
        <translation>Das Meta-Pixel einrichten</translation>
    </message>
    <message>
        <source>Recording next week.</source>
        <translation>Wird nächste Woche aufgenommen.</translation>
    </message>
    <message>
        <source>Reading your lead figures</source>
        <translation>Ihre Lead-Zahlen lesen</translation>
    </message>
    <message>
        <source>Budget and cost per lead</source>
        <translation>Budget und Kosten pro Lead</translation>
    </message>
</context>
<context>
    <name>referralsdemo</name>
    <message>
        <source>Mr Özdemir says Ali Yılmaz recommended us; he typed no code.</source>
        <translation>Herr Özdemir sagt, Ali Yılmaz habe uns empfohlen; einen Code hat er nicht eingegeben.</translation>
    </message>
    <message>
        <source>Jana Becker recommended him at a trade fair.</source>
        <translation>Jana Becker hat ihn auf einer Messe empfohlen.</translation>
    </message>
</context>
<context>
    <name>roadmapdemo</name>
    <message>
        <source>Account approved</source>
        <translation>Konto freigegeben</translation>
    </message>
    <message>
        <source>The agency checks and approves your registration.</source>
        <translation>Die Agentur prüft und bestätigt Ihre Registrierung.</translation>
    </message>
    <message>
        <source>The agency checks your registration.</source>
        <translation>Die Agentur prüft Ihre Registrierung.</translation>
    </message>
    <message>
        <source>Checklist completed</source>
        <translation>Checkliste ausgefüllt</translation>
    </message>
    <message>
        <source>Everything the agency needs from you, in one list.</source>
        <translation>Alles, was die Agentur von Ihnen braucht, in einer Liste.</translation>
    </message>
    <message>
        <source>Fill in the onboarding checklist: logo, access to your Facebook page and your wishes.</source>
        <translation>Füllen Sie die Onboarding-Checkliste aus: Logo, Zugang zu Ihrer Facebook-Seite und Ihre Wünsche.</translation>
    </message>
    <message>
        <source>Videos watched</source>
        <translation>Videos angesehen</translation>
    </message>
    <message>
        <source>Short videos on how leads reach you and how to answer them.</source>
        <translation>Kurze Videos dazu, wie Leads Sie erreichen und wie Sie darauf antworten.</translation>
    </message>
    <message>
        <source>Watch the three required tutorial videos (about 12 minutes).</source>
        <translation>Sehen Sie sich die drei Pflichtvideos an (etwa 12 Minuten).</translation>
    </message>
    <message>
        <source>Landing page created</source>
        <translation>Landingpage erstellt</translation>
    </message>
    <message>
        <source>The page your ads lead to.</source>
        <translation>Die Seite, auf die Ihre Anzeigen führen.</translation>
    </message>
    <message>
        <source>The agency builds your landing page.</source>
        <translation>Die Agentur erstellt Ihre Landingpage.</translation>
    </message>
    <message>
        <source>Ads running</source>
        <translation>Werbeanzeigen geschaltet</translation>
    </message>
    <message>
        <source>Your campaigns on Facebook and Instagram.</source>
        <translation>Ihre Kampagnen auf Facebook und Instagram.</translation>
    </message>
    <message>
        <source>The agency sets up your ad campaigns and starts them.</source>
        <translation>Die Agentur richtet Ihre Werbekampagnen ein und startet sie.</translation>
    </message>
    <message>
        <source>First leads</source>
        <translation>Erste Leads</translation>
    </message>
    <message>
        <source>The first enquiries arrive.</source>
        <translation>Die ersten Anfragen kommen an.</translation>
    </message>
    <message>
        <source>Your ads are running; the first enquiries are on their way.</source>
        <translation>Ihre Anzeigen laufen; die ersten Anfragen sind unterwegs.</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinare</translation>
    </message>
    <message>
        <source>Live webinars with your customers: we plan, host and record them for you.</source>
        <translation>Live-Webinare mit Ihren Kunden: Wir planen, moderieren und zeichnen sie für Sie auf.</translation>
    </message>
    <message>
        <source>I&apos;m interested</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>WhatsApp bot</source>
        <translation>WhatsApp-Bot</translation>
    </message>
    <message>
        <source>Answers every new lead on WhatsApp within seconds, day and night, and books the appointment.</source>
        <translation>Antwortet jedem neuen Lead auf WhatsApp in Sekunden, Tag und Nacht, und vereinbart den Termin.</translation>
    </message>
    <message>
        <source>CMS system</source>
        <translation>CMS-System</translation>
    </message>
    <message>
        <source>Change the texts and pictures of your landing page yourself, without waiting for us.</source>
        <translation>Ändern Sie Texte und Bilder Ihrer Landingpage selbst, ohne auf uns zu warten.</translation>
    </message>
    <message>
        <source>Google reviews</source>
        <translation>Google-Bewertungen</translation>
    </message>
    <message>
        <source>We ask your happy customers for a review, so new ones find you first.</source>
        <translation>Wir bitten Ihre zufriedenen Kunden um eine Bewertung, damit neue Sie zuerst finden.</translation>
    </message>
</context>
</TS>
