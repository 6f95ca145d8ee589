<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PartnerDesk::AccountInfoPage</name>
    <message>
        <source>Account info</source>
        <translation>Kontoinformationen</translation>
    </message>
    <message>
        <source>Enter the company&apos;s details and its primary contact.</source>
        <translation>Geben Sie die Daten des Unternehmens und seines Hauptansprechpartners ein.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptansprechpartner</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The customer&apos;s initial Microsoft 365 domain. Use Latin letters and digits; it cannot be changed after the customer is created.</source>
        <translation>Die anfängliche Microsoft 365-Domäne des Kunden. Verwenden Sie lateinische Buchstaben und Ziffern; sie kann nach dem Erstellen des Kunden nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Followed by %1. Availability is checked as you type.</source>
        <translation>Gefolgt von %1. Die Verfügbarkeit wird bei der Eingabe geprüft.</translation>
    </message>
    <message>
        <source>for example contoso</source>
        <translation>z. B. contoso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>The language of Microsoft&apos;s messages to the customer.</source>
        <translation>Die Sprache der Nachrichten von Microsoft an den Kunden.</translation>
    </message>
    <message>
        <source>How dates, numbers and currency are shown to the customer.</source>
        <translation>Wie Datumsangaben, Zahlen und Währungen für den Kunden angezeigt werden.</translation>
    </message>
    <message>
        <source>The person Microsoft and you contact about this customer&apos;s account.</source>
        <translation>Die Person, an die sich Microsoft und Sie bei Fragen zum Konto dieses Kunden wenden.</translation>
    </message>
    <message>
        <source>Use the &amp;suggested address</source>
        <translation>&amp;Vorgeschlagene Adresse verwenden</translation>
    </message>
    <message>
        <source>C&amp;ompany name</source>
        <translation>&amp;Firmenname</translation>
    </message>
    <message>
        <source>&amp;Domain name</source>
        <translation>&amp;Domänenname</translation>
    </message>
    <message>
        <source>Co&amp;untry/region</source>
        <translation>&amp;Land/Region</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>Adresszeile &amp;1</translation>
    </message>
    <message>
        <source>Address line &amp;2 (optional)</source>
        <translation>Adresszeile &amp;2 (optional)</translation>
    </message>
    <message>
        <source>Ci&amp;ty (optional)</source>
        <translation>&amp;Ort (optional)</translation>
    </message>
    <message>
        <source>Ci&amp;ty</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;State or province (optional)</source>
        <translation>&amp;Bundesland/Provinz (optional)</translation>
    </message>
    <message>
        <source>&amp;State or province</source>
        <translation>&amp;Bundesland/Provinz</translation>
    </message>
    <message>
        <source>Postal &amp;code (optional)</source>
        <translation>&amp;Postleitzahl (optional)</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>Company p&amp;hone (optional)</source>
        <translation>Firmen&amp;telefon (optional)</translation>
    </message>
    <message>
        <source>Company p&amp;hone</source>
        <translation>Firmen&amp;telefon</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Cultu&amp;re</source>
        <translation>&amp;Kultur</translation>
    </message>
    <message>
        <source>Reading Partner Center&apos;s address rules for %1…</source>
        <translation>Die Adressregeln von Partner Center für %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Partner Center has no address rules for %1, so only general checks apply here. Partner Center checks the address when the customer is created.</source>
        <translation>Partner Center hat keine Adressregeln für %1, daher gelten hier nur allgemeine Prüfungen. Partner Center prüft die Adresse beim Erstellen des Kunden.</translation>
    </message>
    <message>
        <source>The address rules for %1 could not be read, so only general checks apply here. Partner Center checks the address when the customer is created. %2</source>
        <translation>Die Adressregeln für %1 konnten nicht gelesen werden, daher gelten hier nur allgemeine Prüfungen. Partner Center prüft die Adresse beim Erstellen des Kunden. %2</translation>
    </message>
    <message>
        <source>Checking whether %1 is available…</source>
        <translation>Verfügbarkeit von %1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 ist verfügbar.</translation>
    </message>
    <message>
        <source>%1 is already taken. Choose another domain name.</source>
        <translation>%1 ist bereits vergeben. Wählen Sie einen anderen Domänennamen.</translation>
    </message>
    <message>
        <source>Whether %1 is available could not be checked; Partner Center checks it when the customer is created. %2</source>
        <translation>Die Verfügbarkeit von %1 konnte nicht geprüft werden; Partner Center prüft sie beim Erstellen des Kunden. %2</translation>
    </message>
    <message>
        <source>Partner Center recognises this address.</source>
        <translation>Partner Center erkennt diese Adresse.</translation>
    </message>
    <message>
        <source>Partner Center suggests: %1</source>
        <translation>Vorschlag von Partner Center: %1</translation>
    </message>
    <message>
        <source>Partner Center could not verify this address. Check the street, city and postal code before you go on.</source>
        <translation>Partner Center konnte diese Adresse nicht überprüfen. Prüfen Sie Straße, Ort und Postleitzahl, bevor Sie fortfahren.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementHistoryModel</name>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft-Kundenvertrag</translation>
    </message>
    <message>
        <source>Microsoft Cloud Agreement</source>
        <translation>Microsoft Cloud-Vertrag</translation>
    </message>
    <message>
        <source>Template %1
%2</source>
        <translation>Vorlage %1
%2</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Akzeptiert am</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementPage</name>
    <message>
        <source>Microsoft agreement</source>
        <translation>Microsoft-Vertrag</translation>
    </message>
    <message>
        <source>How does the customer accept the Microsoft Customer Agreement?</source>
        <translation>Wie akzeptiert der Kunde den Microsoft-Kundenvertrag?</translation>
    </message>
    <message>
        <source>A customer can buy only after accepting the Microsoft Customer Agreement. Either confirm that the customer has already accepted it, or let the customer accept it in the Microsoft 365 admin center.</source>
        <translation>Ein Kunde kann erst nach Annahme des Microsoft-Kundenvertrags einkaufen. Bestätigen Sie entweder, dass der Kunde ihn bereits akzeptiert hat, oder lassen Sie den Kunden ihn im Microsoft 365 Admin Center akzeptieren.</translation>
    </message>
    <message>
        <source>&amp;Confirm the customer&apos;s acceptance now (partner attestation)</source>
        <translation>Annahme durch den Kunden jetzt &amp;bestätigen (Partnerbestätigung)</translation>
    </message>
    <message>
        <source>The customer &amp;has accepted the Microsoft Customer Agreement</source>
        <translation>Der Kunde &amp;hat den Microsoft-Kundenvertrag akzeptiert</translation>
    </message>
    <message>
        <source>The person who accepted the agreement, and when. Make sure these details are correct; if they are not, select Update and enter the details of the person who accepted it.</source>
        <translation>Die Person, die den Vertrag akzeptiert hat, und das Datum. Prüfen Sie, ob diese Angaben stimmen; falls nicht, wählen Sie „Aktualisieren“ und geben Sie die Daten der Person ein, die den Vertrag akzeptiert hat.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Enter a different person who accepted the agreement.</source>
        <translation>Eine andere Person eingeben, die den Vertrag akzeptiert hat.</translation>
    </message>
    <message>
        <source>&amp;Reset to the primary contact</source>
        <translation>Auf Hauptansprechpartner &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>The customer &amp;will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center</source>
        <translation>Der Kunde &amp;wird aufgefordert, den Microsoft-Kundenvertrag im Microsoft 365 Admin Center zu akzeptieren</translation>
    </message>
    <message>
        <source>New customers cannot make a purchase until they accept the agreement. After the customer is created, PartnerDesk prepares the invitation email with the link to the Microsoft 365 admin center and the new customer&apos;s sign-in details.</source>
        <translation>Neue Kunden können erst einkaufen, wenn sie den Vertrag akzeptiert haben. Nach dem Erstellen des Kunden bereitet PartnerDesk die Einladungs-E-Mail mit dem Link zum Microsoft 365 Admin Center und den Anmeldedaten des neuen Kunden vor.</translation>
    </message>
    <message>
        <source>View the agreement &amp;template…</source>
        <translation>Vertragsvorla&amp;ge anzeigen…</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific: this opens the template for the customer&apos;s country.</source>
        <translation>Der Microsoft-Kundenvertrag ist länderspezifisch: Hier wird die Vorlage für das Land des Kunden geöffnet.</translation>
    </message>
    <message>
        <source>Tick the box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Aktivieren Sie das Kontrollkästchen, um zu bestätigen, dass der Kunde den Microsoft-Kundenvertrag akzeptiert hat.</translation>
    </message>
    <message>
        <source>Tick this box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Aktivieren Sie dieses Kontrollkästchen, um zu bestätigen, dass der Kunde den Microsoft-Kundenvertrag akzeptiert hat.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateDialog</name>
    <message>
        <source>Microsoft Customer Agreement template</source>
        <translation>Vorlage des Microsoft-Kundenvertrags</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific. Choose the customer&apos;s country (it comes from the billing address) and a language offered there, then open the template or download it as a Word document.</source>
        <translation>Der Microsoft-Kundenvertrag ist länderspezifisch. Wählen Sie das Land des Kunden (es stammt aus der Rechnungsadresse) und eine dort angebotene Sprache, und öffnen Sie dann die Vorlage, oder laden Sie sie als Word-Dokument herunter.</translation>
    </message>
    <message>
        <source>&amp;Country/region:</source>
        <translation>&amp;Land/Region:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Links to the template expire after five minutes, so PartnerDesk asks Partner Center for a new one each time you open or download it.</source>
        <translation>Links zur Vorlage laufen nach fünf Minuten ab. Daher fordert PartnerDesk bei jedem Öffnen oder Herunterladen einen neuen Link von Partner Center an.</translation>
    </message>
    <message>
        <source>Country or region of the agreement</source>
        <translation>Land oder Region des Vertrags</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>Sprache des Vertrags</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Opens the template in your web browser.</source>
        <translation>Öffnet die Vorlage in Ihrem Webbrowser.</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>Saves the template as a Word document in a file you choose.</source>
        <translation>Speichert die Vorlage als Word-Dokument in einer Datei Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Canceled: only English is listed. Choose the country again to load its languages.</source>
        <translation>Abgebrochen: Nur Englisch wird angezeigt. Wählen Sie das Land erneut, um seine Sprachen zu laden.</translation>
    </message>
    <message>
        <source>PartnerDesk could not load the languages offered in %1, so only English is listed. %2</source>
        <translation>PartnerDesk konnte die in %1 angebotenen Sprachen nicht laden, daher wird nur Englisch angezeigt. %2</translation>
    </message>
    <message>
        <source>Loading the languages offered in %1…</source>
        <translation>Die in %1 angebotenen Sprachen werden geladen…</translation>
    </message>
    <message>
        <source>Asking Partner Center for a new link to the template…</source>
        <translation>Neuer Link zur Vorlage wird bei Partner Center angefordert…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Wait until the languages are loaded.</source>
        <translation>Warten Sie, bis die Sprachen geladen sind.</translation>
    </message>
    <message>
        <source>Wait for the current download, or cancel it.</source>
        <translation>Warten Sie auf den aktuellen Download, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Choose a country with a template first.</source>
        <translation>Wählen Sie zuerst ein Land mit einer Vorlage.</translation>
    </message>
    <message>
        <source>No web browser opened the template. Use “Download” to save it instead.</source>
        <translation>Kein Webbrowser hat die Vorlage geöffnet. Verwenden Sie stattdessen „Herunterladen“, um sie zu speichern.</translation>
    </message>
    <message>
        <source>The template is open in your browser. Its link works for five minutes; PartnerDesk gets a new one the next time.</source>
        <translation>Die Vorlage ist in Ihrem Browser geöffnet. Ihr Link ist fünf Minuten gültig; beim nächsten Mal holt PartnerDesk einen neuen.</translation>
    </message>
    <message>
        <source>Partner Center has no version in %1 and sent %2.</source>
        <translation>Partner Center hat keine Version in der Sprache %1 und hat stattdessen %2 gesendet.</translation>
    </message>
    <message>
        <source>Save the agreement template</source>
        <translation>Vertragsvorlage speichern</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word-Dokumente (*.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was downloaded.</source>
        <translation>Es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
        <source>Downloading… %1 of %2</source>
        <translation>Wird heruntergeladen… %1 von %2</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Wird heruntergeladen… %1</translation>
    </message>
    <message>
        <source>Saved “%1” (%2) in %3.</source>
        <translation>„%1“ (%2) wurde in %3 gespeichert.</translation>
    </message>
    <message>
        <source>The download was canceled; nothing was saved.</source>
        <translation>Der Download wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The template was not saved. %1</source>
        <translation>Die Vorlage wurde nicht gespeichert. %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateSource</name>
    <message>
        <source>Partner Center sent a template link PartnerDesk will not open. %1</source>
        <translation>Partner Center hat einen Vorlagenlink gesendet, den PartnerDesk nicht öffnet. %1</translation>
    </message>
    <message>
        <source>Partner Center lists no Microsoft Customer Agreement template.</source>
        <translation>Partner Center führt keine Vorlage für den Microsoft-Kundenvertrag.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiCall</name>
    <message>
        <source>The answer was larger than %1 MB and was not read.</source>
        <translation>Die Antwort war größer als %1 MB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer is cut short or is not JSON.</source>
        <translation>Die Antwort ist abgeschnitten oder kein JSON.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiError</name>
    <message>
        <source>PartnerDesk cannot reach the service. Check the network connection and try again.</source>
        <translation>PartnerDesk kann den Dienst nicht erreichen. Prüfen Sie die Netzwerkverbindung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost, so PartnerDesk cannot tell whether it took effect. Check the current state before trying again.</source>
        <translation>Die Anfrage wurde gesendet, aber die Antwort ging verloren. PartnerDesk kann daher nicht feststellen, ob sie ausgeführt wurde. Prüfen Sie den aktuellen Stand, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The service sent an answer PartnerDesk cannot read.</source>
        <translation>Der Dienst hat eine Antwort gesendet, die PartnerDesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>The request was refused before it was sent.</source>
        <translation>Die Anfrage wurde vor dem Senden abgelehnt.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again; what you have entered is kept.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an; Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>A partner confirmation with exactly this contact already exists for this customer, so nothing new was recorded.</source>
        <translation>Für diesen Kunden gibt es bereits eine Partnerbestätigung mit genau diesem Kontakt, daher wurde nichts Neues erfasst.</translation>
    </message>
    <message>
        <source>The customer has not accepted the Microsoft Customer Agreement yet: confirm their acceptance, or ask them to accept it in the Microsoft 365 admin center, before you place this order.</source>
        <translation>Der Kunde hat den Microsoft-Kundenvertrag noch nicht akzeptiert: Bestätigen Sie seine Annahme, oder bitten Sie ihn, den Vertrag im Microsoft 365 Admin Center zu akzeptieren, bevor Sie diese Bestellung aufgeben.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center is limiting how fast requests may be sent. PartnerDesk will try again in %n second(s).</source>
        <translation>
            <numerusform>Partner Center begrenzt, wie schnell Anfragen gesendet werden dürfen. PartnerDesk versucht es in %n Sekunde erneut.</numerusform>
            <numerusform>Partner Center begrenzt, wie schnell Anfragen gesendet werden dürfen. PartnerDesk versucht es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center is limiting how fast requests may be sent. Try again shortly.</source>
        <translation>Partner Center begrenzt, wie schnell Anfragen gesendet werden dürfen. Versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>Partner Center did not accept your sign-in. Sign in again.</source>
        <translation>Partner Center hat Ihre Anmeldung nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Partner Center refused this action for your account.</source>
        <translation>Partner Center hat diese Aktion für Ihr Konto abgelehnt.</translation>
    </message>
    <message>
        <source>Partner Center could not find it.</source>
        <translation>Partner Center konnte das Angeforderte nicht finden.</translation>
    </message>
    <message>
        <source>Partner Center had a problem of its own. Try again later.</source>
        <translation>Bei Partner Center ist ein interner Fehler aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Partner Center refused the request.</source>
        <translation>Partner Center hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>Der Dienst meldete: „%1“</translation>
    </message>
    <message>
        <source>(error %1, HTTP %2)</source>
        <translation>(Fehler %1, HTTP %2)</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>(error %1)</source>
        <translation>(Fehler %1)</translation>
    </message>
    <message>
        <source>Partner Center requires multi-factor authentication (MFA) for access by an app with a user since April 2026. Sign in again and complete the MFA prompt; if none appears, ask your administrator to require MFA for your account.</source>
        <translation>Partner Center verlangt seit April 2026 für den Zugriff durch eine App im Namen eines Benutzers die Multi-Faktor-Authentifizierung (MFA). Melden Sie sich erneut an, und schließen Sie die MFA-Aufforderung ab. Wird keine angezeigt, bitten Sie Ihren Administrator, MFA für Ihr Konto vorzuschreiben.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again and enter the new code within the time shown.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er verwendet wurde. Starten Sie die Anmeldung erneut, und geben Sie den neuen Code innerhalb der angezeigten Zeit ein.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the sign-in page. Start it again if that was a mistake.</source>
        <translation>Die Anmeldung wurde auf der Anmeldeseite abgelehnt. Falls das ein Versehen war, starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>The sign-in service does not know this code. Start the sign-in again.</source>
        <translation>Der Anmeldedienst kennt diesen Code nicht. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (it expired or was revoked). Sign in again.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig (sie ist abgelaufen oder wurde widerrufen). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in service does not accept the application (client) ID set in Settings for this kind of sign-in. Check the ID with your administrator.</source>
        <translation>Der Anmeldedienst akzeptiert die in den Einstellungen festgelegte Anwendungs-ID (Client) für diese Art der Anmeldung nicht. Klären Sie die ID mit Ihrem Administrator.</translation>
    </message>
    <message>
        <source>The sign-in service refused the request. Check the authority, tenant and application (client) ID in Settings.</source>
        <translation>Der Anmeldedienst hat die Anfrage abgelehnt. Prüfen Sie in den Einstellungen die Anmeldeautorität, den Mandanten und die Anwendungs-ID (Client).</translation>
    </message>
    <message>
        <source>The service answered with an error of its own, and reading the current state afterwards failed, so PartnerDesk cannot tell whether the request took effect. Check the current state before trying again.</source>
        <translation>Der Dienst hat mit einem eigenen Fehler geantwortet, und das anschließende Lesen des aktuellen Stands ist fehlgeschlagen. PartnerDesk kann daher nicht erkennen, ob die Anfrage wirksam wurde. Prüfen Sie den aktuellen Stand, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>PartnerDesk could not verify the service&apos;s certificate, so it sent nothing. Check the service address in Settings; a network that inspects encrypted traffic needs its certificate installed on this computer.</source>
        <translation>PartnerDesk konnte das Zertifikat des Dienstes nicht überprüfen und hat daher nichts gesendet. Prüfen Sie die Dienstadresse in den Einstellungen; ein Netzwerk, das verschlüsselten Datenverkehr prüft, benötigt sein Zertifikat auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AppController</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>The new connection is used the next time PartnerDesk starts.</source>
        <translation>Die neue Verbindung wird beim nächsten Start von PartnerDesk verwendet.</translation>
    </message>
    <message>
        <source>Reset sandbox data</source>
        <translation>Sandboxdaten zurücksetzen</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only</source>
        <translation>Anmeldung nur für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <source>This computer has no secret store PartnerDesk can use (such as GNOME Keyring or KWallet), so your sign-in is kept in memory only: PartnerDesk asks you to sign in again the next time it starts. Nothing is written to a file.</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund, den PartnerDesk verwenden kann (etwa GNOME Keyring oder KWallet), daher wird Ihre Anmeldung nur im Arbeitsspeicher gehalten: PartnerDesk fordert Sie beim nächsten Start auf, sich erneut anzumelden. Es wird nichts in eine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AttentionListModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>MCA-Status</translation>
    </message>
    <message>
        <source>Has purchases</source>
        <translation>Käufe vorhanden</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestCommand</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Check the file with --dry-run and hand it to your indirect provider, who runs it.</source>
        <translation>Prüfen Sie die Datei mit --dry-run, und übergeben Sie sie Ihrem indirekten Anbieter, der sie ausführt.</translation>
    </message>
    <message>
        <source>Checking %1 rows of %2 (dry run: nothing is sent).</source>
        <translation>%1 von %2 Zeilen werden geprüft (Probelauf: Es wird nichts gesendet).</translation>
    </message>
    <message>
        <source>Confirming %1 rows of %2 (journal: %3).</source>
        <translation>%1 von %2 Zeilen werden bestätigt (Journal: %3).</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 valid, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>%1/%2 Zeilen: %3 gültig, %4 bereits bestätigt, %5 ungültig, %6 fehlgeschlagen, %7 übersprungen</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 confirmed, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>%1/%2 Zeilen: %3 bestätigt, %4 bereits bestätigt, %5 ungültig, %6 fehlgeschlagen, %7 übersprungen</translation>
    </message>
    <message>
        <source>; about %1 left</source>
        <translation>; noch etwa %1</translation>
    </message>
    <message numerus="yes">
        <source>; throttled %n time(s)</source>
        <translation>
            <numerusform>; %n-mal gedrosselt</numerusform>
            <numerusform>; %n-mal gedrosselt</numerusform>
        </translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Der Lauf wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Throttled (429)</source>
        <translation>Gedrosselt (429)</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationRunner</name>
    <message>
        <source>The same customer, contact and date as line %1: not sent twice.</source>
        <translation>Gleicher Kunde, Kontakt und Datum wie in Zeile %1: nicht doppelt gesendet.</translation>
    </message>
    <message>
        <source>No customer of yours has this ID.</source>
        <translation>Keiner Ihrer Kunden hat diese ID.</translation>
    </message>
    <message>
        <source>No customer of yours has the domain %1.</source>
        <translation>Keiner Ihrer Kunden hat die Domäne %1.</translation>
    </message>
    <message>
        <source>The customer with this ID has the domain %1, not %2.</source>
        <translation>Der Kunde mit dieser ID hat die Domäne %1, nicht %2.</translation>
    </message>
    <message>
        <source>Confirmed: found recorded after an interrupted run, not sent again.</source>
        <translation>Bestätigt: nach einem unterbrochenen Lauf als erfasst vorgefunden, nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Line %1 confirms the same contact for this customer; Partner Center keeps one confirmation per contact.</source>
        <translation>Zeile %1 bestätigt denselben Kontakt für diesen Kunden; Partner Center speichert eine Bestätigung pro Kontakt.</translation>
    </message>
    <message>
        <source>Partner Center already has a confirmation with this contact (accepted on %1); nothing was sent.</source>
        <translation>Partner Center hat bereits eine Bestätigung mit diesem Kontakt (akzeptiert am %1); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Valid: would be confirmed.</source>
        <translation>Gültig: würde bestätigt.</translation>
    </message>
    <message>
        <source>The journal could not be written (%1); nothing was sent.</source>
        <translation>Das Journal konnte nicht geschrieben werden (%1); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Partner Center already had a confirmation with this contact (600061).</source>
        <translation>Partner Center hatte bereits eine Bestätigung mit diesem Kontakt (600061).</translation>
    </message>
    <message>
        <source>Confirmed: the answer was lost, and reading showed the confirmation recorded.</source>
        <translation>Bestätigt: Die Antwort ging verloren, beim Nachlesen war die Bestätigung erfasst.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>Not sent: the run stopped because Partner Center could not be used (%1).</source>
        <translation>Nicht gesendet: Der Lauf wurde abgebrochen, weil Partner Center nicht verwendet werden konnte (%1).</translation>
    </message>
    <message>
        <source>Canceled while being sent: the next run with the same journal reads the customer&apos;s confirmations before sending again.</source>
        <translation>Beim Senden abgebrochen: Der nächste Lauf mit demselben Journal liest die Bestätigungen des Kunden, bevor erneut gesendet wird.</translation>
    </message>
    <message>
        <source>Not done: the run was canceled. Run the file again with the same journal to finish it.</source>
        <translation>Nicht erledigt: Der Lauf wurde abgebrochen. Führen Sie die Datei mit demselben Journal erneut aus, um ihn abzuschließen.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationWindow</name>
    <message numerus="yes">
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>Noch etwa %Ln Sekunde</numerusform>
            <numerusform>Noch etwa %Ln Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %Ln Minute</numerusform>
            <numerusform>Noch etwa %Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translation>Noch etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2 rows shown</source>
        <translation>%1 von %2 Zeilen angezeigt</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>Massenbestätigung</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <source>Open a CSV file with one confirmation per row (Ctrl+O); you can also drop it here</source>
        <translation>Eine CSV-Datei mit einer Bestätigung pro Zeile öffnen (Ctrl+O); Sie können sie auch hier ablegen</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Which rows to show</source>
        <translation>Anzuzeigende Zeilen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Zeilen mit Problemen</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>A&amp;dvanced options</source>
        <translation>&amp;Erweiterte Optionen</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>&amp;Parallele Anfragen:</translation>
    </message>
    <message>
        <source>How many requests are in flight at most</source>
        <translation>Wie viele Anfragen höchstens gleichzeitig laufen</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>Anfragen pro &amp;Minute:</translation>
    </message>
    <message>
        <source>Partner Center allows about 500 requests a minute per tenant; the default leaves room for other tools</source>
        <translation>Partner Center erlaubt etwa 500 Anfragen pro Minute und Mandant; der Standardwert lässt Spielraum für andere Tools</translation>
    </message>
    <message>
        <source>Nothing new is sent while paused; requests already sent finish</source>
        <translation>Während der Pause wird nichts Neues gesendet; bereits gesendete Anfragen werden abgeschlossen</translation>
    </message>
    <message>
        <source>C&amp;ancel run</source>
        <translation>Lauf abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stops the run; rows not done stay in the journal and are sent when you continue or open the file again</source>
        <translation>Beendet den Lauf; nicht erledigte Zeilen bleiben im Journal und werden gesendet, wenn Sie fortfahren oder die Datei erneut öffnen</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>Ergebnisse &amp;speichern…</translation>
    </message>
    <message>
        <source>Every row of the file with its outcome, code and message, as CSV</source>
        <translation>Jede Zeile der Datei mit Ergebnis, Code und Meldung als CSV</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Bulk attestation is running</source>
        <translation>Massenbestätigung läuft</translation>
    </message>
    <message>
        <source>%1 of %2 rows are done. Cancel the run and close the window?</source>
        <translation>%1 von %2 Zeilen sind erledigt. Lauf abbrechen und Fenster schließen?</translation>
    </message>
    <message>
        <source>Rows not done stay in the journal: open the same file again to finish them; no row is sent twice. Choose No to keep the run going.</source>
        <translation>Nicht erledigte Zeilen bleiben im Journal: Öffnen Sie dieselbe Datei erneut, um sie abzuschließen; keine Zeile wird doppelt gesendet. Wählen Sie „Nein“, damit der Lauf weiterläuft.</translation>
    </message>
    <message>
        <source>Open a bulk attestation file</source>
        <translation>Datei für Massenbestätigung öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>An earlier run of this file already settled %Ln row(s). Confirming continues with the rest; no row is sent twice.</source>
        <translation>
            <numerusform>Ein früherer Lauf dieser Datei hat bereits %Ln Zeile abgeschlossen. Die Bestätigung wird mit den übrigen fortgesetzt; keine Zeile wird doppelt gesendet.</numerusform>
            <numerusform>Ein früherer Lauf dieser Datei hat bereits %Ln Zeilen abgeschlossen. Die Bestätigung wird mit den übrigen fortgesetzt; keine Zeile wird doppelt gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln row(s) not done yet to Partner Center?</source>
        <translation>
            <numerusform>Die %Ln noch nicht erledigte Zeile an Partner Center senden?</numerusform>
            <numerusform>Die %Ln noch nicht erledigten Zeilen an Partner Center senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln confirmation(s) to Partner Center, for %1?</source>
        <translation>
            <numerusform>%Ln Bestätigung für %1 an Partner Center senden?</numerusform>
            <numerusform>%Ln Bestätigungen für %1 an Partner Center senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunden</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Each one records that the contact named in the row accepted the Microsoft Customer Agreement on the date given. Rows with problems are not sent.</source>
        <translation>Jede Bestätigung erfasst, dass der in der Zeile genannte Kontakt den Microsoft-Kundenvertrag am angegebenen Datum akzeptiert hat. Zeilen mit Problemen werden nicht gesendet.</translation>
    </message>
    <message>
        <source>Confirm customers</source>
        <translation>Kunden bestätigen</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>Wird beendet: Warten auf bereits gesendete Anfragen…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Verbleibende Zeit wird berechnet…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down (%Ln time(s)); PartnerDesk waits as it asks.</source>
        <translation>
            <numerusform>Partner Center hat um Verlangsamung gebeten (%Ln-mal); PartnerDesk wartet wie verlangt.</numerusform>
            <numerusform>Partner Center hat um Verlangsamung gebeten (%Ln-mal); PartnerDesk wartet wie verlangt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check stopped: %1</source>
        <translation>Die Prüfung wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>No row can be sent. Correct the marked cells in the file and open it again.</source>
        <translation>Keine Zeile kann gesendet werden. Korrigieren Sie die markierten Zellen in der Datei, und öffnen Sie sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can go in the file you hand over.</source>
        <translation>
            <numerusform>%Ln Zeile hat die Prüfung bestanden und kann in die Übergabedatei aufgenommen werden.</numerusform>
            <numerusform>%Ln Zeilen haben die Prüfung bestanden und können in die Übergabedatei aufgenommen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can be sent. Nothing has been sent yet.</source>
        <translation>
            <numerusform>%Ln Zeile hat die Prüfung bestanden und kann gesendet werden. Es wurde noch nichts gesendet.</numerusform>
            <numerusform>%Ln Zeilen haben die Prüfung bestanden und können gesendet werden. Es wurde noch nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems: they are marked in the table.</source>
        <translation>
            <numerusform>%Ln Zeile hat Probleme: Sie ist in der Tabelle markiert.</numerusform>
            <numerusform>%Ln Zeilen haben Probleme: Sie sind in der Tabelle markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 confirmed, %2 already confirmed, %3 invalid, %4 failed, %5 skipped.</source>
        <translation>Fertig: %1 bestätigt, %2 bereits bestätigt, %3 ungültig, %4 fehlgeschlagen, %5 übersprungen.</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Der Lauf wurde abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are not done; Continue sends them (nothing is sent twice).</source>
        <translation>
            <numerusform>%Ln Zeile ist nicht erledigt; „Fortfahren“ sendet sie (nichts wird doppelt gesendet).</numerusform>
            <numerusform>%Ln Zeilen sind nicht erledigt; „Fortfahren“ sendet sie (nichts wird doppelt gesendet).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The results of %Ln row(s) were saved to %1.</source>
        <translation>
            <numerusform>Die Ergebnisse von %Ln Zeile wurden in %1 gespeichert.</numerusform>
            <numerusform>Die Ergebnisse von %Ln Zeilen wurden in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) that passed the check were saved to %1.</source>
        <translation>
            <numerusform>%Ln Zeile, die die Prüfung bestanden hat, wurde in %1 gespeichert.</numerusform>
            <numerusform>%Ln Zeilen, die die Prüfung bestanden haben, wurden in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln row(s) are listed with their problems in %1.</source>
        <translation>
            <numerusform>Die übrige %Ln Zeile ist mit ihren Problemen in %1 aufgeführt.</numerusform>
            <numerusform>Die übrigen %Ln Zeilen sind mit ihren Problemen in %1 aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indirect resellers cannot confirm; your indirect provider runs this file with Bulk attestation or `partnerdesk-cli bulk attest`. Open the file here to check every row, then save the rows that passed as a file for your provider.</source>
        <translation>Indirekte Reseller können nicht bestätigen; Ihr indirekter Anbieter führt diese Datei mit der Massenbestätigung oder `partnerdesk-cli bulk attest` aus. Öffnen Sie die Datei hier, um jede Zeile zu prüfen, und speichern Sie dann die bestandenen Zeilen als Datei für Ihren Anbieter.</translation>
    </message>
    <message>
        <source>You can check a file here and save the rows that passed for an Admin agent or a Sales agent, who runs it.</source>
        <translation>Sie können hier eine Datei prüfen und die bestandenen Zeilen für einen Administrator-Agent oder Vertriebs-Agent speichern, der sie ausführt.</translation>
    </message>
    <message>
        <source>No file open. Open a CSV file (Ctrl+O) or drop one here. Its header row names the columns customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed (YYYY-MM-DD).</source>
        <translation>Keine Datei geöffnet. Öffnen Sie eine CSV-Datei (Ctrl+O), oder legen Sie eine hier ab. Ihre Kopfzeile nennt die Spalten customerId (oder domain), firstName, lastName, email, phoneNumber (optional) und dateAgreed (JJJJ-MM-TT).</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 – %Ln Zeile</numerusform>
            <numerusform>%1 – %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue with %Ln row(s)…</source>
        <translation>
            <numerusform>Mit %Ln Zeile &amp;fortfahren…</numerusform>
            <numerusform>Mit %Ln Zeilen &amp;fortfahren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Confirm %Ln customer(s)…</source>
        <translation>
            <numerusform>%Ln Kunden &amp;bestätigen…</numerusform>
            <numerusform>%Ln Kunden &amp;bestätigen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;file for your provider…</source>
        <translation>Datei für Ihren &amp;Anbieter speichern…</translation>
    </message>
    <message>
        <source>Save &amp;checked file…</source>
        <translation>&amp;Geprüfte Datei speichern…</translation>
    </message>
    <message>
        <source>The rows that passed the check, in the file&apos;s own columns; the other rows go with their problems to a second file beside it</source>
        <translation>Die Zeilen, die die Prüfung bestanden haben, in den Spalten der Datei; die übrigen Zeilen kommen mit ihren Problemen in eine zweite Datei daneben</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Keine Begrenzung</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkHandOffFile</name>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>Die Datei konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkInputError</name>
    <message>
        <source>The file is empty: it needs a header row with customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed.</source>
        <translation>Die Datei ist leer: Sie benötigt eine Kopfzeile mit customerId (oder domain), firstName, lastName, email, phoneNumber (optional) und dateAgreed.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>customerId (or domain, when the customer ID is not known)</source>
        <translation>customerId (oder domain, wenn die Kunden-ID nicht bekannt ist)</translation>
    </message>
    <message>
        <source>The header row lacks these columns: %1.</source>
        <translation>In der Kopfzeile fehlen diese Spalten: %1.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header row.</source>
        <translation>Die Spalte „%1“ kommt in der Kopfzeile zweimal vor.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal</name>
    <message>
        <source>no file identity</source>
        <translation>keine Dateiidentität</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal::Error</name>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>Das Journal %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another run. Wait for it to end, or choose another journal.</source>
        <translation>Das Journal %1 wird von einem anderen Lauf verwendet. Warten Sie, bis dieser endet, oder wählen Sie ein anderes Journal.</translation>
    </message>
    <message>
        <source>The journal %1 belongs to a different file (or to an earlier version of this one). Use the file it was made for, or choose another journal.</source>
        <translation>Das Journal %1 gehört zu einer anderen Datei (oder zu einer früheren Version dieser Datei). Verwenden Sie die Datei, für die es erstellt wurde, oder wählen Sie ein anderes Journal.</translation>
    </message>
    <message>
        <source>The file %1 is not a PartnerDesk bulk journal, or it is damaged: %2</source>
        <translation>Die Datei %1 ist kein PartnerDesk-Massenjournal oder ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkOutcome</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Already confirmed</source>
        <translation>Bereits bestätigt</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkResultFile</name>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>Die Ergebnisse konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowChecks</name>
    <message>
        <source>Give the customer&apos;s ID (or its domain, when the ID is not known).</source>
        <translation>Geben Sie die ID des Kunden an (oder seine Domäne, wenn die ID nicht bekannt ist).</translation>
    </message>
    <message>
        <source>A customer ID looks like 14876998-c0dc-46e6-9d0c-65a57a6c32ec (the customer&apos;s tenant ID).</source>
        <translation>Eine Kunden-ID sieht so aus: 14876998-c0dc-46e6-9d0c-65a57a6c32ec (die Mandanten-ID des Kunden).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowsModel</name>
    <message>
        <source>Customer ID %1, domain %2</source>
        <translation>Kunden-ID %1, Domäne %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
    <message>
        <source>%1 (problem: %2)</source>
        <translation>%1 (Problem: %2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Customer ID or domain</source>
        <translation>Kunden-ID oder Domäne</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a column&apos;s name, then a problem in its cell</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CommandLineTool</name>
    <message>
        <source>PartnerDesk command line: Microsoft Customer Agreement operations.</source>
        <translation>PartnerDesk-Befehlszeile: Vorgänge zum Microsoft-Kundenvertrag.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default: table).</source>
        <translation>Ausgabeformat: table, json oder csv (Standard: table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Language of messages, such as tr or de (default: the system&apos;s).</source>
        <translation>Sprache der Meldungen, z. B. tr oder de (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>First name of the person who accepted.</source>
        <translation>Vorname der Person, die den Vertrag akzeptiert hat.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Last name of the person who accepted.</source>
        <translation>Nachname der Person, die den Vertrag akzeptiert hat.</translation>
    </message>
    <message>
        <source>Email address of the person who accepted.</source>
        <translation>E-Mail-Adresse der Person, die den Vertrag akzeptiert hat.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Phone number of the person who accepted (optional).</source>
        <translation>Telefonnummer der Person, die den Vertrag akzeptiert hat (optional).</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>Agreement acceptance date, YYYY-MM-DD.</source>
        <translation>Datum der Vertragsannahme, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Check everything, send nothing.</source>
        <translation>Alles prüfen, nichts senden.</translation>
    </message>
    <message>
        <source>Country/region, two letters (templates).</source>
        <translation>Land/Region, zwei Buchstaben (Vorlagen).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Language of the template, such as de-DE.</source>
        <translation>Sprache der Vorlage, z. B. de-DE.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Only customers whose company name starts with this.</source>
        <translation>Nur Kunden, deren Firmenname damit beginnt.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>Bulk: requests in flight at most (default: %1).</source>
        <translation>Massenlauf: höchstens so viele gleichzeitige Anfragen (Standard: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bulk: requests a minute at most (default: %1).</source>
        <translation>Massenlauf: höchstens so viele Anfragen pro Minute (Standard: %1).</translation>
    </message>
    <message>
        <source>PER_MINUTE</source>
        <translation>PRO_MINUTE</translation>
    </message>
    <message>
        <source>Bulk: the journal that makes a run resumable (default: beside the results).</source>
        <translation>Massenlauf: das Journal, mit dem ein Lauf fortgesetzt werden kann (Standard: neben den Ergebnissen).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Bulk: the result file (default: beside the input file).</source>
        <translation>Massenlauf: die Ergebnisdatei (Standard: neben der Eingabedatei).</translation>
    </message>
    <message>
        <source>The command (see above).</source>
        <translation>Der Befehl (siehe oben).</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS]</source>
        <translation>BEFEHL [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Geben Sie einen Befehl an.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, json or csv.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie table, json oder csv.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2.</source>
        <translation>--%1 erwartet eine ganze Zahl von 1 bis %2.</translation>
    </message>
    <message>
        <source>No token: set PARTNERDESK_TOKEN, or run `partnerdesk-cli signin`.</source>
        <translation>Kein Token: Legen Sie PARTNERDESK_TOKEN fest, oder führen Sie `partnerdesk-cli signin` aus.</translation>
    </message>
    <message>
        <source>Name the customer: the customer&apos;s tenant ID.</source>
        <translation>Geben Sie den Kunden an: die Mandanten-ID des Kunden.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>Vorlagen-ID</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Vertragstyp</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Version rank</source>
        <translation>Versionsrang</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Confirmed by partner</source>
        <translation>Vom Partner bestätigt</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>Direkt akzeptiert</translation>
    </message>
    <message>
        <source>May buy</source>
        <translation>Kauf möglich</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Annahmedatum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Valid: nothing was sent (dry run).</source>
        <translation>Gültig: Es wurde nichts gesendet (Probelauf).</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has this confirmation.</source>
        <translation>Bereits bestätigt: Partner Center hat diese Bestätigung.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>Verwenden Sie einen Ländercode aus zwei Buchstaben, z. B. US oder DE.</translation>
    </message>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>Partner Center hat keine Vorlage für den Microsoft-Kundenvertrag angegeben.</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Land/Region</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptansprechpartner</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Request ID: %1, correlation ID: %2</source>
        <translation>Anforderungs-ID: %1, Korrelations-ID: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Partner Center address (default: start the embedded sandbox). The token comes from PARTNERDESK_TOKEN, else from `partnerdesk-cli signin`.</source>
        <translation>Partner Center-Adresse (Standard: die eingebettete Sandbox starten). Das Token stammt aus PARTNERDESK_TOKEN, andernfalls aus `partnerdesk-cli signin`.</translation>
    </message>
    <message>
        <source>Sign-in service (default: https://login.microsoftonline.com; the sandbox&apos;s own address for a sandbox).</source>
        <translation>Anmeldedienst (Standard: https://login.microsoftonline.com; bei einer Sandbox deren eigene Adresse).</translation>
    </message>
    <message>
        <source>Your partner tenant: its ID or domain (default: organizations).</source>
        <translation>Ihr Partnermandant: seine ID oder Domäne (Standard: organizations).</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>MANDANT</translation>
    </message>
    <message>
        <source>The application (client) ID registered for PartnerDesk.</source>
        <translation>Die für PartnerDesk registrierte Anwendungs-ID (Client).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Commands:
  signin [--tenant TENANT] [--client-id ID] [--authority URL]
  signout
  agreement metadata
  agreement status CUSTOMER_ID
  agreement confirm CUSTOMER_ID --first F --last L --email E [--phone P] --date YYYY-MM-DD [--dry-run]
  agreement template [--country CC] [--language ll-CC]
  customers list [--search PREFIX]
  customers show CUSTOMER_ID
  invite link
  bulk attest FILE.csv [--dry-run] [--concurrency N] [--rate PER_MINUTE]
              [--journal FILE] [--results FILE]
Exit codes: 0 success (also &quot;already confirmed&quot;), 2 invalid input or refused before sending,
3 the service answered with an error, 4 network failure,
5 some rows of a bulk file invalid or failed (the other rows done).</source>
        <translation>Befehle:
  signin [--tenant MANDANT] [--client-id ID] [--authority URL]
  signout
  agreement metadata
  agreement status KUNDEN_ID
  agreement confirm KUNDEN_ID --first F --last L --email E [--phone P] --date JJJJ-MM-TT [--dry-run]
  agreement template [--country CC] [--language ll-CC]
  customers list [--search PRÄFIX]
  customers show KUNDEN_ID
  invite link
  bulk attest DATEI.csv [--dry-run] [--concurrency N] [--rate PRO_MINUTE]
              [--journal DATEI] [--results DATEI]
Exit-Codes: 0 Erfolg (auch &quot;bereits bestätigt&quot;), 2 ungültige Eingabe oder vor dem Senden abgelehnt,
3 der Dienst hat mit einem Fehler geantwortet, 4 Netzwerkfehler,
5 einige Zeilen einer Massendatei ungültig oder fehlgeschlagen (die übrigen Zeilen erledigt).</translation>
    </message>
    <message>
        <source>Warning: the new sign-in could not be kept in the secret store (%1).</source>
        <translation>Warnung: Die neue Anmeldung konnte nicht im Schlüsselbund gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>Name the application (client) ID registered for PartnerDesk: --client-id ID.</source>
        <translation>Geben Sie die für PartnerDesk registrierte Anwendungs-ID (Client) an: --client-id ID.</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so a sign-in cannot be kept for later commands. Set PARTNERDESK_TOKEN for each run instead.</source>
        <translation>Auf diesem System gibt es keinen Schlüsselbund, den PartnerDesk verwenden kann, daher kann eine Anmeldung nicht für spätere Befehle gespeichert werden. Legen Sie stattdessen PARTNERDESK_TOKEN für jeden Aufruf fest.</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2. Waiting until %3…</source>
        <translation>Öffnen Sie zum Anmelden %1 in einem Browser, und geben Sie den Code %2 ein. Es wird bis %3 gewartet…</translation>
    </message>
    <message>
        <source>No connection to the sign-in service; still waiting.</source>
        <translation>Keine Verbindung zum Anmeldedienst; es wird weiter gewartet.</translation>
    </message>
    <message>
        <source>The sign-in service gave no refresh token (the offline_access scope), so nothing can be kept.</source>
        <translation>Der Anmeldedienst hat kein Aktualisierungstoken ausgegeben (Bereich offline_access), daher kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>The sign-in worked, but the secret store refused to keep it (%1). Set PARTNERDESK_TOKEN instead.</source>
        <translation>Die Anmeldung war erfolgreich, aber der Schlüsselbund hat das Speichern abgelehnt (%1). Legen Sie stattdessen PARTNERDESK_TOKEN fest.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), tenant %3.</source>
        <translation>Angemeldet als %1 (%2), Mandant %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use: there is no sign-in to remove.</source>
        <translation>Auf diesem System gibt es keinen Schlüsselbund, den PartnerDesk verwenden kann: Es ist keine Anmeldung zum Entfernen vorhanden.</translation>
    </message>
    <message>
        <source>Signed out: the kept sign-in is removed.</source>
        <translation>Abgemeldet: Die gespeicherte Anmeldung wurde entfernt.</translation>
    </message>
    <message>
        <source>There was no kept sign-in to remove.</source>
        <translation>Es war keine gespeicherte Anmeldung zum Entfernen vorhanden.</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so no sign-in was kept.</source>
        <translation>Auf diesem System gibt es keinen Schlüsselbund, den PartnerDesk verwenden kann, daher wurde keine Anmeldung gespeichert.</translation>
    </message>
    <message>
        <source>The secret store could not remove the sign-in (%1).</source>
        <translation>Der Schlüsselbund konnte die Anmeldung nicht entfernen (%1).</translation>
    </message>
    <message>
        <source>Run `partnerdesk-cli signin` again.</source>
        <translation>Führen Sie `partnerdesk-cli signin` erneut aus.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmAgreementDialog</name>
    <message>
        <source>The customer&apos;s details could not be read, so nothing is filled in and the phone number is checked without the country&apos;s rules. %1</source>
        <translation>Die Daten des Kunden konnten nicht gelesen werden. Daher ist nichts ausgefüllt, und die Telefonnummer wird ohne die Regeln des Landes geprüft. %1</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation, recorded for an acceptance on %1. If someone else accepted the agreement, enter that person instead.</source>
        <translation>Aus der letzten Bestätigung übernommen, erfasst für eine Annahme am %1. Wenn eine andere Person den Vertrag akzeptiert hat, geben Sie stattdessen diese Person ein.</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation. If someone else accepted the agreement, enter that person instead.</source>
        <translation>Aus der letzten Bestätigung übernommen. Wenn eine andere Person den Vertrag akzeptiert hat, geben Sie stattdessen diese Person ein.</translation>
    </message>
    <message>
        <source>Filled in from the primary contact of the billing profile. Make sure this is the person who accepted the agreement; if not, enter the right person.</source>
        <translation>Aus dem Hauptansprechpartner des Abrechnungsprofils übernommen. Prüfen Sie, ob diese Person den Vertrag akzeptiert hat; falls nicht, geben Sie die richtige Person ein.</translation>
    </message>
    <message>
        <source>The country&apos;s phone number format could not be read, so the phone number is checked without it.</source>
        <translation>Das Telefonnummernformat des Landes konnte nicht gelesen werden, daher wird die Telefonnummer ohne dieses geprüft.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — confirm customer acceptance</source>
        <translation>Microsoft-Kundenvertrag – Annahme durch den Kunden bestätigen</translation>
    </message>
    <message>
        <source>Confirm that the customer accepted the Microsoft Customer Agreement</source>
        <translation>Bestätigen, dass der Kunde den Microsoft-Kundenvertrag akzeptiert hat</translation>
    </message>
    <message>
        <source>Confirm that %1 accepted the Microsoft Customer Agreement</source>
        <translation>Bestätigen, dass %1 den Microsoft-Kundenvertrag akzeptiert hat</translation>
    </message>
    <message>
        <source>Enter the first name, last name, email address and phone number (optional) of the person who accepted the agreement, and the date they accepted it. The date cannot be in the future.</source>
        <translation>Geben Sie Vorname, Nachname, E-Mail-Adresse und Telefonnummer (optional) der Person ein, die den Vertrag akzeptiert hat, sowie das Datum der Annahme. Das Datum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Before this order can be placed, confirm that the customer accepted the Microsoft Customer Agreement: nobody has confirmed it yet, and the customer has not accepted it in the Microsoft 365 admin center. When you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>Bevor diese Bestellung aufgegeben werden kann, bestätigen Sie, dass der Kunde den Microsoft-Kundenvertrag akzeptiert hat: Niemand hat dies bisher bestätigt, und der Kunde hat ihn nicht im Microsoft 365 Admin Center akzeptiert. Beim Speichern erfasst PartnerDesk die Bestätigung und gibt dann die Bestellung auf.</translation>
    </message>
    <message>
        <source>Partner Center refused the order because it has no record that the customer accepted the Microsoft Customer Agreement (error 13605). Confirm their acceptance; when you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>Partner Center hat die Bestellung abgelehnt, da keine Annahme des Microsoft-Kundenvertrags durch den Kunden erfasst ist (Fehler 13605). Bestätigen Sie die Annahme; beim Speichern erfasst PartnerDesk die Bestätigung und gibt dann die Bestellung auf.</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Speichern und fortfahren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Saving the confirmation…</source>
        <translation>Bestätigung wird gespeichert…</translation>
    </message>
    <message>
        <source>Record in Partner Center that the customer accepted the Microsoft Customer Agreement (Enter)</source>
        <translation>In Partner Center erfassen, dass der Kunde den Microsoft-Kundenvertrag akzeptiert hat (Enter)</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s details…</source>
        <translation>Daten des Kunden werden gelesen…</translation>
    </message>
    <message>
        <source>Canceled. If the confirmation reached Partner Center before you canceled, saving again reports it as already confirmed.</source>
        <translation>Abgebrochen. Falls die Bestätigung Partner Center vor dem Abbrechen erreicht hat, wird sie beim erneuten Speichern als bereits bestätigt gemeldet.</translation>
    </message>
    <message>
        <source>Stop saving; what you entered stays (Esc)</source>
        <translation>Speichern beenden; Ihre Eingaben bleiben erhalten (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Partner Center compares the date with today in UTC, which can still be yesterday where you are.</source>
        <translation>Partner Center vergleicht das Datum mit dem heutigen Tag in UTC – bei Ihnen kann das noch gestern sein.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmationPage</name>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>The customer has been created.</source>
        <translation>Der Kunde wurde erstellt.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig stellen</translation>
    </message>
    <message>
        <source>Sign-in details of the customer&apos;s administrator</source>
        <translation>Anmeldedaten des Administrators des Kunden</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the user name</source>
        <translation>Benutzernamen kopieren</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Kennwort kopieren</translation>
    </message>
    <message>
        <source>This password is shown only this once. Copy it now and keep it somewhere safe: PartnerDesk does not store it and Partner Center cannot show it again. You will need to give these details to the customer.</source>
        <translation>Dieses Kennwort wird nur dieses eine Mal angezeigt. Kopieren Sie es jetzt, und bewahren Sie es sicher auf: PartnerDesk speichert es nicht, und Partner Center kann es nicht erneut anzeigen. Sie müssen diese Daten an den Kunden weitergeben.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft-Kundenvertrag</translation>
    </message>
    <message>
        <source>&amp;Try confirming again</source>
        <translation>Bestätigung e&amp;rneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Open the customer&apos;s page</source>
        <translation>Kunden&amp;seite öffnen</translation>
    </message>
    <message>
        <source>&amp;Send invitation…</source>
        <translation>&amp;Einladung senden…</translation>
    </message>
    <message>
        <source>Write the email that invites the customer to accept the Microsoft Customer Agreement in the Microsoft 365 admin center, with these sign-in details.</source>
        <translation>Die E-Mail schreiben, die den Kunden einlädt, den Microsoft-Kundenvertrag im Microsoft 365 Admin Center zu akzeptieren – mit diesen Anmeldedaten.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>%1 was created with the domain %2.</source>
        <translation>%1 wurde mit der Domäne %2 erstellt.</translation>
    </message>
    <message>
        <source>Partner Center sent no sign-in details for this customer. Reset the administrator&apos;s password in the Microsoft 365 admin center.</source>
        <translation>Partner Center hat keine Anmeldedaten für diesen Kunden gesendet. Setzen Sie das Kennwort des Administrators im Microsoft 365 Admin Center zurück.</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>Bestätigung der Annahme wird erfasst…</translation>
    </message>
    <message>
        <source>The customer cannot make a purchase until they accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Send them the invitation: it holds the link and the sign-in details above.</source>
        <translation>Der Kunde kann erst einkaufen, wenn er den Microsoft-Kundenvertrag im Microsoft 365 Admin Center akzeptiert hat. Senden Sie ihm die Einladung: Sie enthält den Link und die oben angezeigten Anmeldedaten.</translation>
    </message>
    <message>
        <source>The customer was created, but the confirmation of acceptance could not be recorded. %1 Try again now, or confirm it later from the customer&apos;s page (Account info, Microsoft Customer Agreement, Update); the customer is not created twice.</source>
        <translation>Der Kunde wurde erstellt, aber die Bestätigung der Annahme konnte nicht erfasst werden. %1 Versuchen Sie es jetzt erneut, oder bestätigen Sie die Annahme später auf der Seite des Kunden (Kontoinformationen, Microsoft-Kundenvertrag, Aktualisieren); der Kunde wird nicht doppelt erstellt.</translation>
    </message>
    <message>
        <source>This confirmation of acceptance was already recorded; nothing else is needed.</source>
        <translation>Diese Bestätigung der Annahme war bereits erfasst; es ist nichts weiter zu tun.</translation>
    </message>
    <message>
        <source>Confirmed: %1 %2 accepted the Microsoft Customer Agreement on %3. The customer can make purchases.</source>
        <translation>Bestätigt: %1 %2 hat den Microsoft-Kundenvertrag am %3 akzeptiert. Der Kunde kann jetzt einkaufen.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ContactForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>&amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone number (optional)</source>
        <translation>&amp;Telefonnummer (optional)</translation>
    </message>
    <message>
        <source>Agreement &amp;acceptance date</source>
        <translation>&amp;Datum der Vertragsannahme</translation>
    </message>
    <message>
        <source>The date the customer accepted the agreement. It cannot be in the future.</source>
        <translation>Das Datum, an dem der Kunde den Vertrag akzeptiert hat. Es darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CountryCoverageModel</name>
    <message>
        <source>Country not known</source>
        <translation>Land unbekannt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CoverageDashboard</name>
    <message>
        <source>Scan canceled.</source>
        <translation>Abfrage abgebrochen.</translation>
    </message>
    <message>
        <source>Scan canceled. The numbers shown are from the last complete scan.</source>
        <translation>Abfrage abgebrochen. Die angezeigten Zahlen stammen aus der letzten vollständigen Abfrage.</translation>
    </message>
    <message>
        <source>Coverage dashboard — Microsoft Customer Agreement</source>
        <translation>Abdeckungs-Dashboard – Microsoft-Kundenvertrag</translation>
    </message>
    <message>
        <source>&amp;Scan all customers</source>
        <translation>Alle Kunden &amp;abfragen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reads the agreement status of every customer.</source>
        <translation>Liest den Vertragsstatus aller Kunden.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>C&amp;SV exportieren…</translation>
    </message>
    <message>
        <source>Every customer&apos;s status as a spreadsheet file.</source>
        <translation>Der Status aller Kunden als Tabellendatei.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>A dated report with the chart and the tables, for your records.</source>
        <translation>Ein datierter Bericht mit Diagramm und Tabellen für Ihre Unterlagen.</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Fortschritt der Abfrage</translation>
    </message>
    <message>
        <source>Customers by agreement status</source>
        <translation>Kunden nach Vertragsstatus</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>By &amp;country</source>
        <translation>Nach La&amp;nd</translation>
    </message>
    <message>
        <source>Coverage by country</source>
        <translation>Abdeckung nach Land</translation>
    </message>
    <message>
        <source>&amp;Needs attention (%1)</source>
        <translation>&amp;Handlungsbedarf (%1)</translation>
    </message>
    <message>
        <source>Customers that need attention</source>
        <translation>Kunden mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>Kunden ö&amp;ffnen</translation>
    </message>
    <message>
        <source>— less than a minute left</source>
        <translation>– noch weniger als eine Minute</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1</source>
        <translation>Die Kundenliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Scan to see how many of your customers have accepted the Microsoft Customer Agreement.</source>
        <translation>Starten Sie eine Abfrage, um zu sehen, wie viele Ihrer Kunden den Microsoft-Kundenvertrag akzeptiert haben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Listing customers…</source>
        <translation>Kunden werden aufgelistet…</translation>
    </message>
    <message>
        <source>Last scanned: %1</source>
        <translation>Letzte Abfrage: %1</translation>
    </message>
    <message>
        <source>Export the status of every customer</source>
        <translation>Status aller Kunden exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Export the coverage report</source>
        <translation>Abdeckungsbericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Der Bericht wurde in %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked PartnerDesk to slow down; the scan goes on in %Ln second(s).</source>
        <translation>
            <numerusform>Partner Center hat PartnerDesk gebeten, langsamer zu werden; die Abfrage wird in %Ln Sekunde fortgesetzt.</numerusform>
            <numerusform>Partner Center hat PartnerDesk gebeten, langsamer zu werden; die Abfrage wird in %Ln Sekunden fortgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read</source>
        <translation>
            <numerusform>%1 von %Ln Kunden gelesen</numerusform>
            <numerusform>%1 von %Ln Kunden gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read (listing…)</source>
        <translation>
            <numerusform>%1 von %Ln Kunden gelesen (Liste wird abgerufen…)</numerusform>
            <numerusform>%1 von %Ln Kunden gelesen (Liste wird abgerufen…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— about %Ln minute(s) left</source>
        <translation>
            <numerusform>– noch etwa %Ln Minute</numerusform>
            <numerusform>– noch etwa %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; a customer whose status could not be read is counted as unknown. Last error: %1</source>
        <translation>
            <numerusform>%Ln Kunde konnte nicht vollständig gelesen werden; ein Kunde, dessen Status nicht gelesen werden konnte, zählt als unbekannt. Letzter Fehler: %1</numerusform>
            <numerusform>%Ln Kunden konnten nicht vollständig gelesen werden; ein Kunde, dessen Status nicht gelesen werden konnte, zählt als unbekannt. Letzter Fehler: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>%Ln nicht bestätigter Kunde hat bereits Käufe: Er kann den Vertrag nicht im Microsoft 365 Admin Center akzeptieren, daher muss Ihre Organisation seine Annahme bestätigen.</numerusform>
            <numerusform>%Ln nicht bestätigte Kunden haben bereits Käufe: Sie können den Vertrag nicht im Microsoft 365 Admin Center akzeptieren, daher muss Ihre Organisation ihre Annahme bestätigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the status of %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Der Status von %Ln Kunden wurde in %1 gespeichert.</numerusform>
            <numerusform>Der Status von %Ln Kunden wurde in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CoveragePdf</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Abgefragt</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>Status des Microsoft-Kundenvertrags</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Nach Land</translation>
    </message>
    <message>
        <source>Customers that need attention (%1)</source>
        <translation>Kunden mit Handlungsbedarf (%1)</translation>
    </message>
    <message>
        <source>Every customer is confirmed by your organization or accepted directly.</source>
        <translation>Jeder Kunde ist von Ihrer Organisation bestätigt oder hat direkt akzeptiert.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement coverage</source>
        <translation>Abdeckung des Microsoft-Kundenvertrags</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a number of customers and their share</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>%Ln nicht bestätigter Kunde hat bereits Käufe: Er kann den Vertrag nicht im Microsoft 365 Admin Center akzeptieren, daher muss Ihre Organisation seine Annahme bestätigen.</numerusform>
            <numerusform>%Ln nicht bestätigte Kunden haben bereits Käufe: Sie können den Vertrag nicht im Microsoft 365 Admin Center akzeptieren, daher muss Ihre Organisation ihre Annahme bestätigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; their status may be shown as unknown.</source>
        <translation>
            <numerusform>%Ln Kunde konnte nicht vollständig gelesen werden; sein Status wird möglicherweise als unbekannt angezeigt.</numerusform>
            <numerusform>%Ln Kunden konnten nicht vollständig gelesen werden; ihr Status wird möglicherweise als unbekannt angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CreateCustomerFlow</name>
    <message>
        <source>Creating the customer…</source>
        <translation>Kunde wird erstellt…</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>Bestätigung der Annahme wird erfasst…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CsvError</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (“Unicode text”), not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>Die Datei ist als UTF-16 („Unicode-Text“) gespeichert, nicht als UTF-8. Speichern Sie sie erneut als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-32, not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>Die Datei ist als UTF-32 gespeichert, nicht als UTF-8. Speichern Sie sie erneut als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8: the file looks like Latin-1 or another 8-bit code page (such as Windows-1252). Save it again as “CSV UTF-8”.</source>
        <translation>Zeile %1 ist kein gültiges UTF-8: Die Datei ist offenbar in Latin-1 oder einer anderen 8-Bit-Codepage (z. B. Windows-1252) gespeichert. Speichern Sie sie erneut als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>The field starting on line %1 is longer than %2 characters; PartnerDesk stopped reading the file.</source>
        <translation>Das Feld ab Zeile %1 ist länger als %2 Zeichen; PartnerDesk hat das Lesen der Datei beendet.</translation>
    </message>
    <message>
        <source>The record on line %1 is too large (more than %2 fields or characters); PartnerDesk stopped reading the file.</source>
        <translation>Der Datensatz in Zeile %1 ist zu groß (mehr als %2 Felder oder Zeichen); PartnerDesk hat das Lesen der Datei beendet.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>Die Datei hat mehr als %1 Zeilen; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Die Datei ist größer als %1 MB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation>Das in Anführungszeichen gesetzte Feld ab Zeile %1 wird nie geschlossen: Ein Anführungszeichen (&quot;) fehlt.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Customer</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Syndizierung</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>Microsoft-Support</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerAccountLoader</name>
    <message>
        <source>The customer&apos;s billing address names no country, so its rules are unknown.</source>
        <translation>Die Rechnungsadresse des Kunden nennt kein Land, daher sind die Länderregeln unbekannt.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerEvidenceWidget</name>
    <message>
        <source>There are no evidence records for this customer; nothing was written.</source>
        <translation>Für diesen Kunden gibt es keine Nachweise; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as PDF</source>
        <translation>Nachweise dieses Kunden als PDF exportieren</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as JSON</source>
        <translation>Nachweise dieses Kunden als JSON exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Nachweis wurde in %1 gespeichert.</numerusform>
            <numerusform>%Ln Nachweise wurden in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every confirmation sent from PartnerDesk for this customer, newest first, with the answer Partner Center gave. Kept on this computer.</source>
        <translation>Jede Bestätigung, die PartnerDesk für diesen Kunden gesendet hat (neueste zuerst), mit der Antwort von Partner Center. Auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Evidence records</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Re&amp;quest id:</source>
        <translation>Anforderungs-&amp;ID:</translation>
    </message>
    <message>
        <source>C&amp;orrelation id:</source>
        <translation>&amp;Korrelations-ID:</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anforderungs-ID</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a JSON file</source>
        <translation>Nachweise dieses Kunden als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a PDF report</source>
        <translation>Nachweise dieses Kunden als PDF-Bericht speichern</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer. Confirmations still reach Partner Center, but none is recorded here until PartnerDesk is restarted with the file accessible.</source>
        <translation>Nachweise sind nicht verfügbar: PartnerDesk konnte seine Nachweisdatei auf diesem Computer nicht öffnen. Bestätigungen erreichen Partner Center weiterhin, werden hier aber erst wieder erfasst, wenn PartnerDesk mit zugänglicher Datei neu gestartet wird.</translation>
    </message>
    <message>
        <source>No evidence yet: no confirmation for this customer has been sent from PartnerDesk on this computer.</source>
        <translation>Noch keine Nachweise: PartnerDesk hat auf diesem Computer noch keine Bestätigung für diesen Kunden gesendet.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListLoader</name>
    <message>
        <source>A page of customers could not be read consistently.</source>
        <translation>Eine Seite mit Kunden ließ sich nicht widerspruchsfrei lesen.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Land/Region</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>MCA-Status</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Annahmedatum</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the customer and the agreement status again (F5)</source>
        <translation>Kunden und Vertragsstatus neu laden (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Account info</source>
        <translation>Kontoinformationen</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Unternehmen:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domäne:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Beziehung:</translation>
    </message>
    <message>
        <source>Subscriptions:</source>
        <translation>Abonnements:</translation>
    </message>
    <message>
        <source>Primary contact:</source>
        <translation>Hauptansprechpartner:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Rechnungsadresse:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft-Kundenvertrag</translation>
    </message>
    <message>
        <source>Latest confirmation:</source>
        <translation>Letzte Bestätigung:</translation>
    </message>
    <message>
        <source>Direct acceptance:</source>
        <translation>Direkte Annahme:</translation>
    </message>
    <message>
        <source>Confirmation &amp;history (newest first)</source>
        <translation>&amp;Bestätigungsverlauf (neueste zuerst)</translation>
    </message>
    <message>
        <source>Confirmation history</source>
        <translation>Bestätigungsverlauf</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>Status des Microsoft-Kundenvertrags</translation>
    </message>
    <message>
        <source>Direct acceptance in the Microsoft 365 admin center</source>
        <translation>Direkte Annahme im Microsoft 365 Admin Center</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Empfohlene Schritte</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;Aktualisieren…</translation>
    </message>
    <message>
        <source>&amp;Invite to accept…</source>
        <translation>Zur Annahme &amp;einladen…</translation>
    </message>
    <message>
        <source>Agreement &amp;template…</source>
        <translation>&amp;Vertragsvorlage…</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Neue Bestellung…</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>Kunde wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the agreement status…</source>
        <translation>Vertragsstatus wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>Abonnements werden gelesen…</translation>
    </message>
    <message>
        <source>Loading was canceled; what is shown may be incomplete.</source>
        <translation>Das Laden wurde abgebrochen; die Anzeige ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>Some of this customer&apos;s details could not be read. %1</source>
        <translation>Einige Daten dieses Kunden konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Syndizierung</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>Microsoft-Support</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer — Account info</source>
        <translation>Kunde – Kontoinformationen</translation>
    </message>
    <message>
        <source>%1 · customer id %2</source>
        <translation>%1 · Kunden-ID %2</translation>
    </message>
    <message>
        <source>%1 — Account info</source>
        <translation>%1 – Kontoinformationen</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <translation>%1, Telefon %2</translation>
    </message>
    <message>
        <source>%1 (culture %2)</source>
        <translation>%1 (Kultur %2)</translation>
    </message>
    <message>
        <source>None through your organization</source>
        <translation>Keine über Ihre Organisation</translation>
    </message>
    <message numerus="yes">
        <source>Through your organization: %n</source>
        <translation>
            <numerusform>Über Ihre Organisation: %n</numerusform>
            <numerusform>Über Ihre Organisation: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The agreement status could not be read. Use Retry.</source>
        <translation>Der Vertragsstatus konnte nicht gelesen werden. Verwenden Sie „Wiederholen“.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2.</source>
        <translation>Akzeptiert von %1 am %2.</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>No partner confirmation yet.</source>
        <translation>Noch keine Partnerbestätigung.</translation>
    </message>
    <message>
        <source>Could not be read.</source>
        <translation>Konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The customer accepted in the Microsoft 365 admin center.</source>
        <translation>Der Kunde hat im Microsoft 365 Admin Center akzeptiert.</translation>
    </message>
    <message>
        <source>Not accepted in the Microsoft 365 admin center.</source>
        <translation>Nicht im Microsoft 365 Admin Center akzeptiert.</translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for new purchases, so the partner&apos;s confirmation is the record Partner Center relies on. If someone else at the customer accepted the agreement, record that person with Update.</source>
        <translation>
            <numerusform>Dieser Kunde hat bereits Käufe über Ihre Organisation (Abonnements: %n) und hat den Vertrag nicht im Microsoft 365 Admin Center akzeptiert. Ein Kunde mit bestehenden Käufen über einen Partner kann ihn dort nicht für neue Käufe akzeptieren, daher ist die Bestätigung des Partners der Nachweis, auf den sich Partner Center stützt. Wenn eine andere Person beim Kunden den Vertrag akzeptiert hat, erfassen Sie diese Person mit „Aktualisieren“.</numerusform>
            <numerusform>Dieser Kunde hat bereits Käufe über Ihre Organisation (Abonnements: %n) und hat den Vertrag nicht im Microsoft 365 Admin Center akzeptiert. Ein Kunde mit bestehenden Käufen über einen Partner kann ihn dort nicht für neue Käufe akzeptieren, daher ist die Bestätigung des Partners der Nachweis, auf den sich Partner Center stützt. Wenn eine andere Person beim Kunden den Vertrag akzeptiert hat, erfassen Sie diese Person mit „Aktualisieren“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for a new purchase: the admin center tells them &quot;Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.&quot; The partner must attest on the customer&apos;s behalf.</source>
        <translation>
            <numerusform>Dieser Kunde hat bereits Käufe über Ihre Organisation (Abonnements: %n) und hat den Vertrag nicht im Microsoft 365 Admin Center akzeptiert. Ein Kunde mit bestehenden Käufen über einen Partner kann ihn dort nicht für einen neuen Kauf akzeptieren; das Admin Center zeigt ihm: „Wenden Sie sich an Ihren Partner, um Ihre Annahme des Microsoft-Kundenvertrags zu bestätigen.“ Der Partner muss im Namen des Kunden bestätigen.</numerusform>
            <numerusform>Dieser Kunde hat bereits Käufe über Ihre Organisation (Abonnements: %n) und hat den Vertrag nicht im Microsoft 365 Admin Center akzeptiert. Ein Kunde mit bestehenden Käufen über einen Partner kann ihn dort nicht für einen neuen Kauf akzeptieren; das Admin Center zeigt ihm: „Wenden Sie sich an Ihren Partner, um Ihre Annahme des Microsoft-Kundenvertrags zu bestätigen.“ Der Partner muss im Namen des Kunden bestätigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no purchases through your organization yet. If they already buy through another partner, the Microsoft 365 admin center will not let them accept the agreement for your new relationship either (it tells them to reach out to their partner), and the partner must attest on their behalf. Otherwise the customer can accept it in the admin center.</source>
        <translation>Dieser Kunde hat noch keine Käufe über Ihre Organisation. Falls er bereits über einen anderen Partner einkauft, lässt ihn das Microsoft 365 Admin Center den Vertrag auch für Ihre neue Beziehung nicht akzeptieren (es fordert ihn auf, sich an seinen Partner zu wenden), und der Partner muss in seinem Namen bestätigen. Andernfalls kann der Kunde den Vertrag im Admin Center akzeptieren.</translation>
    </message>
    <message>
        <source>You prepare that hand-off file with Bulk attestation in the main window; it checks every row before you send it to your provider.</source>
        <translation>Diese Übergabedatei erstellen Sie im Hauptfenster mit der Massenbestätigung; sie prüft jede Zeile, bevor Sie die Datei an Ihren Anbieter senden.</translation>
    </message>
    <message>
        <source>An Admin agent or a Sales agent can confirm the customer&apos;s acceptance.</source>
        <translation>Ein Administrator-Agent oder ein Vertriebs-Agent kann die Annahme durch den Kunden bestätigen.</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance.</source>
        <translation>Um Bestellungen freizugeben (Partner Center lehnt sie mit Fehler 13605 ab), bestätigen Sie die Annahme durch den Kunden mit „Aktualisieren“.</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance, or Invite to accept to ask the customer to accept it in the Microsoft 365 admin center.</source>
        <translation>Um Bestellungen freizugeben (Partner Center lehnt sie mit Fehler 13605 ab), bestätigen Sie die Annahme durch den Kunden mit „Aktualisieren“, oder bitten Sie den Kunden mit „Zur Annahme einladen“, den Vertrag im Microsoft 365 Admin Center zu akzeptieren.</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has a confirmation with exactly this contact, so nothing new was recorded.</source>
        <translation>Bereits bestätigt: Partner Center hat eine Bestätigung mit genau diesem Kontakt, daher wurde nichts Neues erfasst.</translation>
    </message>
    <message>
        <source>Saved: %1&apos;s acceptance on %2 is recorded.</source>
        <translation>Gespeichert: Die Annahme durch %1 am %2 ist erfasst.</translation>
    </message>
    <message>
        <source>(The answer was lost on the way; PartnerDesk read the confirmations and found it recorded.)</source>
        <translation>(Die Antwort ging unterwegs verloren; PartnerDesk hat die Bestätigungen gelesen und sie als erfasst vorgefunden.)</translation>
    </message>
    <message>
        <source>The customer could not be read. Use Retry.</source>
        <translation>Der Kunde konnte nicht gelesen werden. Verwenden Sie „Wiederholen“.</translation>
    </message>
    <message>
        <source>Confirm who at the customer accepted the Microsoft Customer Agreement, and when</source>
        <translation>Bestätigen, wer beim Kunden den Microsoft-Kundenvertrag wann akzeptiert hat</translation>
    </message>
    <message>
        <source>Write an email inviting the customer to accept the agreement in the Microsoft 365 admin center</source>
        <translation>Eine E-Mail schreiben, die den Kunden einlädt, den Vertrag im Microsoft 365 Admin Center zu akzeptieren</translation>
    </message>
    <message>
        <source>Open or download the agreement for the customer&apos;s country</source>
        <translation>Den Vertrag für das Land des Kunden öffnen oder herunterladen</translation>
    </message>
    <message>
        <source>Place an order; the customer&apos;s acceptance is checked first</source>
        <translation>Eine Bestellung aufgeben; die Annahme durch den Kunden wird zuerst geprüft</translation>
    </message>
    <message>
        <source>Open or download the agreement; the customer&apos;s address names no country, so choose it there</source>
        <translation>Den Vertrag öffnen oder herunterladen; die Adresse des Kunden nennt kein Land, wählen Sie es dort aus</translation>
    </message>
    <message>
        <source>&amp;Prepare a file for your provider…</source>
        <translation>&amp;Datei für Ihren Anbieter vorbereiten…</translation>
    </message>
    <message>
        <source>Bulk attestation checks every row of a CSV file and saves the rows that pass as a file for your indirect provider</source>
        <translation>Die Massenbestätigung prüft jede Zeile einer CSV-Datei und speichert die bestandenen Zeilen als Datei für Ihren indirekten Anbieter</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk (%1)</source>
        <translation>Von PartnerDesk &amp;gesendete Nachweise (%1)</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk</source>
        <translation>Von PartnerDesk &amp;gesendete Nachweise</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignIn</name>
    <message>
        <source>The sign-in service did not answer with a code and a page to enter it.</source>
        <translation>Der Anmeldedienst hat keinen Code und keine Seite zur Eingabe des Codes zurückgegeben.</translation>
    </message>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>Der Anmeldedienst hat ohne Token geantwortet.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignInDialog</name>
    <message>
        <source>The code is copied. Paste it on the sign-in page.</source>
        <translation>Der Code wurde kopiert. Fügen Sie ihn auf der Anmeldeseite ein.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open %1 in a browser yourself.</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie %1 selbst in einem Browser.</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>Bei Partner Center anmelden</translation>
    </message>
    <message>
        <source>Sign in with your work account — an Admin agent or Sales agent account of your partner organization — on Microsoft&apos;s sign-in page: open the page, enter the code below and complete the sign-in there, multi-factor authentication included. PartnerDesk waits here and continues by itself.</source>
        <translation>Melden Sie sich auf der Anmeldeseite von Microsoft mit Ihrem Geschäftskonto an – einem Konto Ihrer Partnerorganisation mit der Rolle Administrator-Agent oder Vertriebs-Agent: Öffnen Sie die Seite, geben Sie den Code unten ein, und schließen Sie die Anmeldung dort ab, einschließlich der Multi-Faktor-Authentifizierung. PartnerDesk wartet hier und fährt danach selbstständig fort.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Co&amp;py code</source>
        <translation>Code ko&amp;pieren</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>&amp;Open sign-in page</source>
        <translation>Anmeldeseite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Sign-in service: %1 · Tenant: %2 · Application (client) ID: %3</source>
        <translation>Anmeldedienst: %1 · Mandant: %2 · Anwendungs-ID (Client): %3</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Anmeldecode wird bei Microsoft angefordert…</translation>
    </message>
    <message>
        <source>Set the application (client) ID registered for PartnerDesk in Settings (Connection), then sign in again.</source>
        <translation>Legen Sie die für PartnerDesk registrierte Anwendungs-ID (Client) in den Einstellungen (Verbindung) fest, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>No connection to the sign-in service right now. PartnerDesk keeps trying; the code stays valid until %1.</source>
        <translation>Zurzeit besteht keine Verbindung zum Anmeldedienst. PartnerDesk versucht es weiter; der Code bleibt bis %1 gültig.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in on the page… The code is valid until %1.</source>
        <translation>Warten auf Ihre Anmeldung auf der Seite… Der Code ist bis %1 gültig.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DocumentDownload</name>
    <message>
        <source>Choose an existing folder for the download.</source>
        <translation>Wählen Sie einen vorhandenen Ordner für den Download.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The link has expired; PartnerDesk fetches a fresh one on the next try.</source>
        <translation>Der Link ist abgelaufen; beim nächsten Versuch holt PartnerDesk einen neuen.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceExportDialog</name>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>Der letzte Tag darf nicht vor dem ersten Tag liegen.</translation>
    </message>
    <message>
        <source>There are no evidence records in this period; nothing was written.</source>
        <translation>In diesem Zeitraum gibt es keine Nachweise; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Nachweise exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Nachweis wurde in %1 gespeichert.</numerusform>
            <numerusform>%Ln Nachweise wurden in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the evidence records of every customer confirmed from PartnerDesk on this computer in a period. The days are those of your time zone; both are included.</source>
        <translation>Exportieren Sie die Nachweise aller Kunden, die in einem Zeitraum mit PartnerDesk auf diesem Computer bestätigt wurden. Es gelten die Tage Ihrer Zeitzone; beide Tage sind eingeschlossen.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>&amp;PDF-Bericht</translation>
    </message>
    <message>
        <source>&amp;JSON file</source>
        <translation>&amp;JSON-Datei</translation>
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
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer.</source>
        <translation>Nachweise sind nicht verfügbar: PartnerDesk konnte seine Nachweisdatei auf diesem Computer nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceReport</name>
    <message>
        <source>Evidence of Microsoft Customer Agreement confirmations</source>
        <translation>Nachweis der Bestätigungen zum Microsoft-Kundenvertrag</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>(no partner name in Settings)</source>
        <translation>(kein Partnername in den Einstellungen)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>%1 (customer id %2)</source>
        <translation>%1 (Kunden-ID %2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2, both included</source>
        <translation>%1 bis %2, beide eingeschlossen</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Each row is one confirmation sent from PartnerDesk and the answer Partner Center gave. Times are UTC. The request and correlation ids identify the request to Microsoft support. Contact data is removed from records older than the retention period set in Settings.</source>
        <translation>Jede Zeile ist eine von PartnerDesk gesendete Bestätigung mit der Antwort von Partner Center. Die Zeiten sind in UTC angegeben. Anhand der Anforderungs- und Korrelations-IDs kann der Microsoft-Support die Anfrage identifizieren. Aus Nachweisen, die älter als die in den Einstellungen festgelegte Aufbewahrungsfrist sind, werden die Kontaktdaten entfernt.</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Erfasst (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>Contact and acceptance date</source>
        <translation>Kontakt und Annahmedatum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Customer, request, correlation and template ids</source>
        <translation>Kunden-, Anforderungs-, Korrelations- und Vorlagen-IDs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>Akzeptiert am %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Already confirmed (code %1)</source>
        <translation>Bereits bestätigt (Code %1)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1, code %2)</source>
        <translation>Fehler (HTTP %1, Code %2)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>Fehler (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed (code %1)</source>
        <translation>Fehler (Code %1)</translation>
    </message>
    <message>
        <source>Failed (no answer from the service)</source>
        <translation>Fehler (keine Antwort vom Dienst)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>PartnerDesk window</source>
        <translation>PartnerDesk-Fenster</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>Massenbestätigung</translation>
    </message>
    <message>
        <source>Bulk attestation (command line)</source>
        <translation>Massenbestätigung (Befehlszeile)</translation>
    </message>
    <message>
        <source>Removed after the retention period</source>
        <translation>Nach Ablauf der Aufbewahrungsfrist entfernt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceTableModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Contact data was removed on %1 (UTC), after the retention period set in Settings.</source>
        <translation>Die Kontaktdaten wurden am %1 (UTC) nach Ablauf der in den Einstellungen festgelegten Aufbewahrungsfrist entfernt.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Akzeptiert am</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelation</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationComposer</name>
    <message>
        <source>Rewrite the message?</source>
        <translation>Nachricht neu erstellen?</translation>
    </message>
    <message>
        <source>The message is written again from the template, and your changes to it are replaced.</source>
        <translation>Die Nachricht wird neu aus der Vorlage erstellt, und Ihre Änderungen daran werden ersetzt.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>den Kunden</translation>
    </message>
    <message>
        <source>Request a reseller relationship</source>
        <translation>Resellerbeziehung anfordern</translation>
    </message>
    <message>
        <source>Invite to accept the Microsoft Customer Agreement</source>
        <translation>Zur Annahme des Microsoft-Kundenvertrags einladen</translation>
    </message>
    <message>
        <source>Invite %1 to accept you as their reseller. Partner Center provides the link: a global administrator of the customer opens it, signs in to the Microsoft 365 admin center and accepts the relationship and, if not done yet, the Microsoft Customer Agreement.</source>
        <translation>Laden Sie %1 ein, Sie als Reseller zu akzeptieren. Partner Center stellt den Link bereit: Ein globaler Administrator des Kunden öffnet ihn, meldet sich beim Microsoft 365 Admin Center an und akzeptiert die Beziehung und, falls noch nicht geschehen, den Microsoft-Kundenvertrag.</translation>
    </message>
    <message>
        <source>Invite %1 to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. A global administrator of the customer signs in at the link in the email and accepts the agreement there.</source>
        <translation>Laden Sie %1 ein, den Microsoft-Kundenvertrag im Microsoft 365 Admin Center zu akzeptieren. Ein globaler Administrator des Kunden meldet sich über den Link in der E-Mail an und akzeptiert dort den Vertrag.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Message (preview while you edit the template):</source>
        <translation>&amp;Nachricht (Vorschau, während Sie die Vorlage bearbeiten):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Tem&amp;plate (with placeholders):</source>
        <translation>&amp;Vorlage (mit Platzhaltern):</translation>
    </message>
    <message>
        <source>Placeholders: {{link}} the invitation link · {{partner}} your company · {{customer}} the customer · {{userName}} and {{password}} the sign-in details, used only between {{#credentials}} and {{/credentials}}. A first line “Subject: …” becomes the subject.</source>
        <translation>Platzhalter: {{link}} der Einladungslink · {{partner}} Ihr Unternehmen · {{customer}} der Kunde · {{userName}} und {{password}} die Anmeldedaten, nur zwischen {{#credentials}} und {{/credentials}} verwendet. Eine erste Zeile „Subject: …“ wird zum Betreff.</translation>
    </message>
    <message>
        <source>Language of the email</source>
        <translation>Sprache der E-Mail</translation>
    </message>
    <message>
        <source>The language of the template. It starts with the customer&apos;s language.</source>
        <translation>Die Sprache der Vorlage. Anfangs ist es die Sprache des Kunden.</translation>
    </message>
    <message>
        <source>Recipient&apos;s email address</source>
        <translation>E-Mail-Adresse des Empfängers</translation>
    </message>
    <message>
        <source>admin@customer.example</source>
        <translation>admin@kunde.example</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Template with placeholders</source>
        <translation>Vorlage mit Platzhaltern</translation>
    </message>
    <message>
        <source>Fetching the relationship link</source>
        <translation>Beziehungslink wird abgerufen</translation>
    </message>
    <message>
        <source>Asking Partner Center for the relationship link…</source>
        <translation>Beziehungslink wird bei Partner Center angefordert…</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Include the customer&apos;s sign-in details (user name and password)</source>
        <translation>Anmeldedaten des Kunden e&amp;infügen (Benutzername und Kennwort)</translation>
    </message>
    <message>
        <source>&amp;Hide template</source>
        <translation>Vorlage ausb&amp;lenden</translation>
    </message>
    <message>
        <source>&amp;Edit template</source>
        <translation>Vorlage bearbei&amp;ten</translation>
    </message>
    <message>
        <source>Change the template this email is written from, and keep it for this language.</source>
        <translation>Die Vorlage ändern, aus der diese E-Mail erstellt wird, und sie für diese Sprache behalten.</translation>
    </message>
    <message>
        <source>Sa&amp;ve as my template</source>
        <translation>Als &amp;meine Vorlage speichern</translation>
    </message>
    <message>
        <source>PartnerDesk uses this template for every invitation in this language.</source>
        <translation>PartnerDesk verwendet diese Vorlage für jede Einladung in dieser Sprache.</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Auf Stan&amp;dard zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the template that comes with PartnerDesk.</source>
        <translation>Zur Vorlage zurückkehren, die mit PartnerDesk geliefert wird.</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the subject and the message as plain text.</source>
        <translation>Kopiert den Betreff und die Nachricht als Nur-Text.</translation>
    </message>
    <message>
        <source>&amp;Open in email</source>
        <translation>In E-Mail ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Your company&apos;s name is not set, so the email says “%1”. Set it under Settings → Partner name, or replace it in the message.</source>
        <translation>Der Name Ihres Unternehmens ist nicht festgelegt, daher steht in der E-Mail „%1“. Legen Sie ihn unter Einstellungen → Partnername fest, oder ersetzen Sie ihn in der Nachricht.</translation>
    </message>
    <message>
        <source>Replace your changes?</source>
        <translation>Ihre Änderungen ersetzen?</translation>
    </message>
    <message>
        <source>The message is written again from the template in %1, and your changes to it are replaced.</source>
        <translation>Die Nachricht wird neu aus der Vorlage in der Sprache %1 erstellt, und Ihre Änderungen daran werden ersetzt.</translation>
    </message>
    <message>
        <source>The relationship link did not arrive: %1</source>
        <translation>Der Beziehungslink ist nicht angekommen: %1</translation>
    </message>
    <message>
        <source>Waiting for the relationship link from Partner Center.</source>
        <translation>Warten auf den Beziehungslink von Partner Center.</translation>
    </message>
    <message>
        <source>The relationship link is missing. Use “Try again” to ask Partner Center once more.</source>
        <translation>Der Beziehungslink fehlt. Verwenden Sie „Erneut versuchen“, um ihn noch einmal bei Partner Center anzufordern.</translation>
    </message>
    <message>
        <source>Opens a new email with this subject and message in your mail program.</source>
        <translation>Öffnet eine neue E-Mail mit diesem Betreff und dieser Nachricht in Ihrem E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Your own template for %1 is used.</source>
        <translation>Ihre eigene Vorlage für %1 wird verwendet.</translation>
    </message>
    <message>
        <source>PartnerDesk has no template in %1 yet, so the English one is shown. Edit it and save it as your template for %1.</source>
        <translation>PartnerDesk hat noch keine Vorlage in der Sprache %1, daher wird die englische angezeigt. Bearbeiten Sie sie, und speichern Sie sie als Ihre Vorlage für %1.</translation>
    </message>
    <message>
        <source>This email contains the customer&apos;s password. Send it only to the customer&apos;s administrator, and ask them to change the password when they first sign in.</source>
        <translation>Diese E-Mail enthält das Kennwort des Kunden. Senden Sie sie nur an den Administrator des Kunden, und bitten Sie ihn, das Kennwort bei der ersten Anmeldung zu ändern.</translation>
    </message>
    <message>
        <source>Edit the template?</source>
        <translation>Vorlage bearbeiten?</translation>
    </message>
    <message>
        <source>While you edit the template, the message is written from it, and your changes to the message are replaced.</source>
        <translation>Während Sie die Vorlage bearbeiten, wird die Nachricht daraus erstellt, und Ihre Änderungen an der Nachricht werden ersetzt.</translation>
    </message>
    <message>
        <source>Saved. PartnerDesk now writes invitations in %1 from this template.</source>
        <translation>Gespeichert. PartnerDesk erstellt Einladungen in der Sprache %1 jetzt aus dieser Vorlage.</translation>
    </message>
    <message>
        <source>Reset the template?</source>
        <translation>Vorlage zurücksetzen?</translation>
    </message>
    <message>
        <source>Your template for %1 is forgotten and PartnerDesk&apos;s own is used again.</source>
        <translation>Ihre Vorlage für %1 wird verworfen, und die von PartnerDesk wird wieder verwendet.</translation>
    </message>
    <message>
        <source>PartnerDesk&apos;s template for %1 is used again.</source>
        <translation>Die Vorlage von PartnerDesk für %1 wird wieder verwendet.</translation>
    </message>
    <message>
        <source>The subject and the message are on the clipboard. Paste them into an email.</source>
        <translation>Betreff und Nachricht sind in der Zwischenablage. Fügen Sie sie in eine E-Mail ein.</translation>
    </message>
    <message>
        <source>This address cannot be put into an email link: it holds characters such as “&amp;”, “?”, “,” or “;”. Enter one plain address.</source>
        <translation>Diese Adresse kann nicht in einen E-Mail-Link übernommen werden: Sie enthält Zeichen wie „&amp;“, „?“, „,“ oder „;“. Geben Sie eine einzelne Adresse ein.</translation>
    </message>
    <message>
        <source>No mail program opened the email. Use “Copy to clipboard” and paste the text into your email instead.</source>
        <translation>Kein E-Mail-Programm hat die E-Mail geöffnet. Verwenden Sie „In die Zwischenablage kopieren“, und fügen Sie den Text stattdessen in Ihre E-Mail ein.</translation>
    </message>
    <message>
        <source>The email is open in your mail program. Check it there and send it.</source>
        <translation>Die E-Mail ist in Ihrem E-Mail-Programm geöffnet. Prüfen Sie sie dort, und senden Sie sie ab.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationDraft</name>
    <message>
        <source>[your company name]</source>
        <translation>[Name Ihres Unternehmens]</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::LocaleText</name>
    <message>
        <source>%1%</source>
        <comment>percentage; put the percent sign where your language does, with a space if it needs one</comment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::MainWindow</name>
    <message>
        <source>PartnerDesk — Sandbox</source>
        <translation>PartnerDesk – Sandbox</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>Kunden ö&amp;ffnen</translation>
    </message>
    <message>
        <source>New &amp;order</source>
        <translation>Neue Be&amp;stellung</translation>
    </message>
    <message>
        <source>Request a &amp;reseller relationship</source>
        <translation>&amp;Resellerbeziehung anfordern</translation>
    </message>
    <message>
        <source>Agreement &amp;template</source>
        <translation>Vertrags&amp;vorlage</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Search company or domain (Ctrl+F)</source>
        <translation>Firma oder Domäne suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Filter by MCA status</source>
        <translation>Nach MCA-Status filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Connected to: Sandbox</source>
        <translation>Verbunden mit: Sandbox</translation>
    </message>
    <message>
        <source>Connected to: Partner Center</source>
        <translation>Verbunden mit: Partner Center</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2, %3)</source>
        <translation>Angemeldet: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Wählen Sie zuerst einen Kunden aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 von %n Kunden</numerusform>
            <numerusform>%1 von %n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(wird geladen…)</translation>
    </message>
    <message>
        <source>Co&amp;verage dashboard…</source>
        <translation>Ab&amp;deckung…</translation>
    </message>
    <message>
        <source>E&amp;xport evidence…</source>
        <translation>Nachweise&amp;xport…</translation>
    </message>
    <message>
        <source>&amp;Bulk attestation…</source>
        <translation>&amp;Massenbestätigung…</translation>
    </message>
    <message>
        <source>Confirm many customers at once from a CSV file, checked row by row first</source>
        <translation>Viele Kunden auf einmal aus einer CSV-Datei bestätigen; die Datei wird zuerst Zeile für Zeile geprüft</translation>
    </message>
    <message>
        <source>Check a CSV file row by row and save it for the partner who confirms</source>
        <translation>Eine CSV-Datei Zeile für Zeile prüfen und für den Partner speichern, der bestätigt</translation>
    </message>
    <message>
        <source>Save the evidence records of a period as a PDF report or a JSON file</source>
        <translation>Nachweise eines Zeitraums als PDF-Bericht oder JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file</source>
        <translation>Nachweise sind nicht verfügbar: PartnerDesk konnte seine Nachweisdatei nicht öffnen</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>K&amp;onto</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>%1
Tenant: %2</source>
        <translation>%1
Mandant: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NewCustomerWizard</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>&amp;Next: Microsoft agreement</source>
        <translation>&amp;Weiter: Microsoft-Vertrag</translation>
    </message>
    <message>
        <source>&amp;Next: Review</source>
        <translation>&amp;Weiter: Überprüfen</translation>
    </message>
    <message>
        <source>Discard the new customer?</source>
        <translation>Neuen Kunden verwerfen?</translation>
    </message>
    <message>
        <source>The details you entered for the new customer will be lost.</source>
        <translation>Die Daten, die Sie für den neuen Kunden eingegeben haben, gehen verloren.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NewOrderDialog</name>
    <message>
        <source>Microsoft 365 Business Basic</source>
        <translation>Microsoft 365 Business Basic</translation>
    </message>
    <message>
        <source>Microsoft 365 Business Standard</source>
        <translation>Microsoft 365 Business Standard</translation>
    </message>
    <message>
        <source>Microsoft 365 Business Premium</source>
        <translation>Microsoft 365 Business Premium</translation>
    </message>
    <message>
        <source>Microsoft 365 E3</source>
        <translation>Microsoft 365 E3</translation>
    </message>
    <message>
        <source>Exchange Online (Plan 1)</source>
        <translation>Exchange Online (Plan 1)</translation>
    </message>
    <message>
        <source>Microsoft Teams Essentials</source>
        <translation>Microsoft Teams Essentials</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <source>New order for %1</source>
        <translation>Neue Bestellung für %1</translation>
    </message>
    <message>
        <source>Before ordering, PartnerDesk checks that the customer accepted the Microsoft Customer Agreement. If nobody has confirmed it and the customer has not accepted it in the Microsoft 365 admin center, you are asked to confirm their acceptance first.</source>
        <translation>Vor der Bestellung prüft PartnerDesk, ob der Kunde den Microsoft-Kundenvertrag akzeptiert hat. Wenn niemand dies bestätigt hat und der Kunde ihn nicht im Microsoft 365 Admin Center akzeptiert hat, werden Sie zuerst gebeten, die Annahme zu bestätigen.</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Angebot:</translation>
    </message>
    <message>
        <source>&amp;Quantity (licenses):</source>
        <translation>&amp;Menge (Lizenzen):</translation>
    </message>
    <message>
        <source>&amp;Billing cycle:</source>
        <translation>Abrechnungs&amp;zeitraum:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>&amp;Bestellung aufgeben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The order was not placed: the customer&apos;s acceptance of the Microsoft Customer Agreement is not confirmed.</source>
        <translation>Die Bestellung wurde nicht aufgegeben: Die Annahme des Microsoft-Kundenvertrags durch den Kunden ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>The order was placed.</source>
        <translation>Die Bestellung wurde aufgegeben.</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s acceptance first.</source>
        <translation>Bestätigen Sie zuerst die Annahme durch den Kunden.</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>Bestellung wird aufgegeben…</translation>
    </message>
    <message>
        <source>Check the customer&apos;s acceptance and place the order (Enter)</source>
        <translation>Annahme durch den Kunden prüfen und Bestellung aufgeben (Enter)</translation>
    </message>
    <message>
        <source>Checking the customer&apos;s acceptance and placing the order…</source>
        <translation>Annahme durch den Kunden wird geprüft, dann wird die Bestellung aufgegeben…</translation>
    </message>
    <message>
        <source>Waiting for the confirmation of the customer&apos;s acceptance…</source>
        <translation>Warten auf die Bestätigung der Annahme durch den Kunden…</translation>
    </message>
    <message>
        <source>Recording the confirmation, then placing the order…</source>
        <translation>Bestätigung wird erfasst, dann wird die Bestellung aufgegeben…</translation>
    </message>
    <message>
        <source>Stop; nothing you chose is lost (Esc)</source>
        <translation>Beenden; Ihre Auswahl bleibt erhalten (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>The order was placed. Order number: %1</source>
        <translation>Die Bestellung wurde aufgegeben. Bestellnummer: %1</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Bestellung aufgegeben</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Canceled. If the order reached Partner Center before you canceled, it shows among the customer&apos;s subscriptions; check there before ordering again.</source>
        <translation>Abgebrochen. Falls die Bestellung Partner Center vor dem Abbrechen erreicht hat, erscheint sie unter den Abonnements des Kunden; prüfen Sie das, bevor Sie erneut bestellen.</translation>
    </message>
    <message>
        <source>The order was not placed. %1</source>
        <translation>Die Bestellung wurde nicht aufgegeben. %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerCenterClient</name>
    <message>
        <source>The service address “%1” is not a valid URL.</source>
        <translation>Die Dienstadresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>PartnerDesk refuses to send your sign-in over plain http to %1. Use an https:// address; plain http is allowed only for this computer (127.0.0.1).</source>
        <translation>PartnerDesk sendet Ihre Anmeldung nicht über unverschlüsseltes http an %1. Verwenden Sie eine https://-Adresse; unverschlüsseltes http ist nur für diesen Computer (127.0.0.1) zulässig.</translation>
    </message>
    <message>
        <source>The service address must start with https://.</source>
        <translation>Die Dienstadresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The service sent a link to another address; PartnerDesk did not follow it.</source>
        <translation>Der Dienst hat auf eine andere Adresse verwiesen; PartnerDesk ist dem nicht gefolgt.</translation>
    </message>
    <message>
        <source>The service sent the same page of customers again and again.</source>
        <translation>Der Dienst hat immer wieder dieselbe Seite mit Kunden gesendet.</translation>
    </message>
    <message>
        <source>The service kept sending pages of customers past %L1, more than any partner has.</source>
        <translation>Der Dienst hat über %L1 Kunden hinaus weitere Seiten gesendet – mehr, als ein Partner hat.</translation>
    </message>
    <message>
        <source>The service named a next page that is not read with GET.</source>
        <translation>Der Dienst hat eine nächste Seite genannt, die nicht mit GET gelesen wird.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerConfirmationChannel</name>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>Partner Center hat keine Vorlage für den Microsoft-Kundenvertrag angegeben.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PdfReport</name>
    <message>
        <source>The report could not be laid out.</source>
        <translation>Das Layout des Berichts konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>report line: a label, then its value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PermissionPolicy</name>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can confirm customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>Nur ein Administrator-Agent oder ein Vertriebs-Agent kann die Annahme des Microsoft-Kundenvertrags durch den Kunden bestätigen.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can do this.</source>
        <translation>Nur ein Administrator-Agent oder ein Vertriebs-Agent kann dies tun.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can place orders.</source>
        <translation>Nur ein Administrator-Agent oder ein Vertriebs-Agent kann Bestellungen aufgeben.</translation>
    </message>
    <message>
        <source>Only an Admin agent, a Sales agent or a Global admin can invite customers.</source>
        <translation>Nur ein Administrator-Agent, ein Vertriebs-Agent oder ein globaler Administrator kann Kunden einladen.</translation>
    </message>
    <message>
        <source>Your role can view customers and their agreement status, but not change them.</source>
        <translation>Mit Ihrer Rolle können Sie Kunden und ihren Vertragsstatus anzeigen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Indirect resellers cannot attest on behalf of their customers. Work with your indirect provider: prepare a confirmation file for them, or invite the customer to accept in the Microsoft 365 admin center.</source>
        <translation>Indirekte Reseller können nicht im Namen ihrer Kunden bestätigen. Arbeiten Sie mit Ihrem indirekten Anbieter zusammen: Erstellen Sie eine Bestätigungsdatei für ihn, oder laden Sie den Kunden ein, den Vertrag im Microsoft 365 Admin Center zu akzeptieren.</translation>
    </message>
    <message>
        <source>Only indirect resellers hand confirmations to a provider; you can confirm directly.</source>
        <translation>Nur indirekte Reseller übergeben Bestätigungen an einen Anbieter; Sie können direkt bestätigen.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ReviewPage</name>
    <message>
        <source>Creating the customer was canceled. If Partner Center had already received the request, the customer may exist anyway: check the customer list before you try again.</source>
        <translation>Das Erstellen des Kunden wurde abgebrochen. Falls Partner Center die Anfrage bereits erhalten hatte, existiert der Kunde möglicherweise trotzdem: Prüfen Sie die Kundenliste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The customer was not created. %1</source>
        <translation>Der Kunde wurde nicht erstellt. %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Check the details. To change something, go back. Nothing is created until you select Create customer.</source>
        <translation>Prüfen Sie die Angaben. Um etwas zu ändern, gehen Sie zurück. Es wird nichts erstellt, bis Sie „Kunde erstellen“ auswählen.</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>Kunde &amp;erstellen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptansprechpartner</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft-Kundenvertrag</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Firmenname:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Domänenname:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Company phone:</source>
        <translation>Firmentelefon:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Telefonnummer:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Culture:</source>
        <translation>Kultur:</translation>
    </message>
    <message>
        <source>Acceptance:</source>
        <translation>Annahme:</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Akzeptiert von:</translation>
    </message>
    <message>
        <source>Acceptance date:</source>
        <translation>Annahmedatum:</translation>
    </message>
    <message>
        <source>Cancel creating</source>
        <translation>Erstellen abbrechen</translation>
    </message>
    <message>
        <source>Stops waiting for Partner Center. Nothing you entered is lost.</source>
        <translation>Beendet das Warten auf Partner Center. Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>You confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Sie bestätigen, dass der Kunde den Microsoft-Kundenvertrag akzeptiert hat.</translation>
    </message>
    <message>
        <source>The customer will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Until then, the customer cannot buy.</source>
        <translation>Der Kunde wird aufgefordert, den Microsoft-Kundenvertrag im Microsoft 365 Admin Center zu akzeptieren. Bis dahin kann der Kunde nicht einkaufen.</translation>
    </message>
    <message>
        <source>The customer is being created…</source>
        <translation>Der Kunde wird erstellt…</translation>
    </message>
    <message>
        <source>Go back and correct this: %1</source>
        <translation>Gehen Sie zurück, und korrigieren Sie Folgendes: %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxAccounts</name>
    <message>
        <source>The sandbox runs on this computer (127.0.0.1) only.</source>
        <translation>Die Sandbox läuft nur auf diesem Computer (127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxSignInDialog</name>
    <message>
        <source>Sign in to the sandbox</source>
        <translation>Bei der Sandbox anmelden</translation>
    </message>
    <message>
        <source>The sandbox imitates Partner Center on this computer. Choose who you are: each demo user has the role and partner type shown, and PartnerDesk enables what that role may do.</source>
        <translation>Die Sandbox bildet Partner Center auf diesem Computer nach. Wählen Sie, wer Sie sind: Jeder Demobenutzer hat die angezeigte Rolle und den angezeigten Partnertyp, und PartnerDesk aktiviert, was diese Rolle darf.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>Demobenutzer</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Session</name>
    <message>
        <source>Admin agent</source>
        <translation>Administrator-Agent</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <translation>Vertriebs-Agent</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <translation>Helpdesk-Agent</translation>
    </message>
    <message>
        <source>Global admin</source>
        <translation>Globaler Administrator</translation>
    </message>
    <message>
        <source>Billing admin</source>
        <translation>Abrechnungsadministrator</translation>
    </message>
    <message>
        <source>Direct bill partner</source>
        <translation>Partner mit direkter Abrechnung</translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation>Indirekter Anbieter</translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation>Indirekter Reseller</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Changes take effect when you choose OK or Apply.</source>
        <translation>Änderungen werden wirksam, wenn Sie „OK“ oder „Übernehmen“ wählen.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>Language of PartnerDesk</source>
        <translation>Sprache von PartnerDesk</translation>
    </message>
    <message>
        <source>More languages arrive with PartnerDesk&apos;s translations.</source>
        <translation>Weitere Sprachen kommen mit den Übersetzungen von PartnerDesk hinzu.</translation>
    </message>
    <message>
        <source>Partner &amp;name:</source>
        <translation>Partner&amp;name:</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Partnername</translation>
    </message>
    <message>
        <source>Your company&apos;s name, as customers know it</source>
        <translation>Name Ihres Unternehmens, wie Kunden ihn kennen</translation>
    </message>
    <message>
        <source>Signs the invitation emails. When it is empty, PartnerDesk uses the name from your sign-in, if there is one.</source>
        <translation>Unterzeichnet die Einladungs-E-Mails. Wenn das Feld leer ist, verwendet PartnerDesk den Namen aus Ihrer Anmeldung, falls vorhanden.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Sandbox (on this computer, with demo customers)</source>
        <translation>Sandbox (auf diesem Computer, mit Demokunden)</translation>
    </message>
    <message>
        <source>Partner Center</source>
        <translation>Partner Center</translation>
    </message>
    <message>
        <source>Used when the connection is Partner Center. The role and partner type below apply only when the sign-in does not name them.</source>
        <translation>Wird verwendet, wenn die Verbindung „Partner Center“ ist. Rolle und Partnertyp unten gelten nur, wenn die Anmeldung sie nicht angibt.</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>API-A&amp;dresse:</translation>
    </message>
    <message>
        <source>Partner Center API address</source>
        <translation>Partner Center-API-Adresse</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>Au&amp;torität:</translation>
    </message>
    <message>
        <source>Sign-in authority address</source>
        <translation>Adresse der Anmeldeautorität</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>“organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>„organizations“ oder die ID oder Domäne Ihres Partnermandanten.</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>Anwendungs-&amp;ID (Client):</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role when the sign-in names none</source>
        <translation>Rolle, wenn die Anmeldung keine angibt</translation>
    </message>
    <message>
        <source>Partner t&amp;ype:</source>
        <translation>&amp;Partnertyp:</translation>
    </message>
    <message>
        <source>Partner type when the sign-in names none</source>
        <translation>Partnertyp, wenn die Anmeldung keinen angibt</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>De&amp;mo customers:</source>
        <translation>Demo&amp;kunden:</translation>
    </message>
    <message>
        <source>Number of demo customers in a new sandbox</source>
        <translation>Anzahl der Demokunden in einer neuen Sandbox</translation>
    </message>
    <message>
        <source>Re&amp;set sandbox data…</source>
        <translation>Sandboxdaten &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Deletes everything in the sandbox and creates the demo customers again.</source>
        <translation>Löscht alles in der Sandbox und erstellt die Demokunden neu.</translation>
    </message>
    <message>
        <source>How many demo customers a new sandbox gets. Resetting the sandbox deletes its customers, confirmations and orders and creates new ones.</source>
        <translation>Wie viele Demokunden eine neue Sandbox erhält. Beim Zurücksetzen der Sandbox werden ihre Kunden, Bestätigungen und Bestellungen gelöscht und neue erstellt.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>&amp;Keep contact data for:</source>
        <translation>Kontaktdaten &amp;aufbewahren für:</translation>
    </message>
    <message>
        <source>Days to keep contact data in evidence records</source>
        <translation>Tage, für die Kontaktdaten in Nachweisen aufbewahrt werden</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>After this many days, names, email addresses and phone numbers are removed from evidence records; the confirmations themselves are kept. The lowest setting, Always, keeps them.</source>
        <translation>Nach so vielen Tagen werden Namen, E-Mail-Adressen und Telefonnummern aus den Nachweisen entfernt; die Bestätigungen selbst bleiben erhalten. Die niedrigste Einstellung, „Immer“, bewahrt sie dauerhaft auf.</translation>
    </message>
    <message>
        <source>Applying this change restarts the connection: PartnerDesk signs out and connects again.</source>
        <translation>Wenn Sie diese Änderung übernehmen, wird die Verbindung neu gestartet: PartnerDesk meldet sich ab und verbindet sich erneut.</translation>
    </message>
    <message>
        <source>Signing in to Partner Center comes with a later version of PartnerDesk; until then use the sandbox to try it out.</source>
        <translation>Die Anmeldung bei Partner Center folgt in einer späteren Version von PartnerDesk; verwenden Sie bis dahin die Sandbox zum Ausprobieren.</translation>
    </message>
    <message>
        <source>Enter an address such as https://api.partnercenter.microsoft.com.</source>
        <translation>Geben Sie eine Adresse wie https://api.partnercenter.microsoft.com ein.</translation>
    </message>
    <message>
        <source>Enter “organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>Geben Sie „organizations“ oder die ID oder Domäne Ihres Partnermandanten ein.</translation>
    </message>
    <message>
        <source>A tenant is “organizations”, a tenant ID or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Ein Mandant ist „organizations“, eine Mandanten-ID oder eine Domäne wie contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>An application (client) ID looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation>Eine Anwendungs-ID (Client) sieht so aus: 00000000-0000-0000-0000-000000000000.</translation>
    </message>
    <message>
        <source>Reset the sandbox?</source>
        <translation>Sandbox zurücksetzen?</translation>
    </message>
    <message numerus="yes">
        <source>This deletes every customer, confirmation and order in the sandbox and creates %n new demo customer(s). Partner Center is not affected.</source>
        <translation>
            <numerusform>Dadurch werden alle Kunden, Bestätigungen und Bestellungen in der Sandbox gelöscht, und %n neuer Demokunde wird erstellt. Partner Center ist nicht betroffen.</numerusform>
            <numerusform>Dadurch werden alle Kunden, Bestätigungen und Bestellungen in der Sandbox gelöscht, und %n neue Demokunden werden erstellt. Partner Center ist nicht betroffen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::StatusPresentation</name>
    <message>
        <source>Confirmed by partner</source>
        <translation>Vom Partner bestätigt</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>Direkt akzeptiert</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Your organization confirmed that the customer accepted the Microsoft Customer Agreement.</source>
        <translation>Ihre Organisation hat bestätigt, dass der Kunde den Microsoft-Kundenvertrag akzeptiert hat.</translation>
    </message>
    <message>
        <source>The customer accepted the Microsoft Customer Agreement in the Microsoft 365 admin center.</source>
        <translation>Der Kunde hat den Microsoft-Kundenvertrag im Microsoft 365 Admin Center akzeptiert.</translation>
    </message>
    <message>
        <source>Neither a partner confirmation nor a direct acceptance exists. Orders for this customer are blocked.</source>
        <translation>Es gibt weder eine Partnerbestätigung noch eine direkte Annahme. Bestellungen für diesen Kunden sind gesperrt.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::TokenEndpoint</name>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>Der Anmeldedienst hat ohne Token geantwortet.</translation>
    </message>
    <message>
        <source>Demo users sign in to the sandbox on this computer (127.0.0.1) only.</source>
        <translation>Demobenutzer können sich nur auf diesem Computer (127.0.0.1) bei der Sandbox anmelden.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Validation</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Agreement acceptance date</source>
        <translation>Datum der Vertragsannahme</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Domänenname</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesland/Provinz</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Land/Region</translation>
    </message>
    <message>
        <source>Company phone number</source>
        <translation>Firmentelefonnummer</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the tabs, line breaks or other control characters.</source>
        <translation>Entfernen Sie Tabstopps, Zeilenumbrüche oder andere Steuerzeichen.</translation>
    </message>
    <message>
        <source>Use only Latin letters (a–z) and digits (0–9).</source>
        <translation>Verwenden Sie nur lateinische Buchstaben (a–z) und Ziffern (0–9).</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that email addresses cannot use.</source>
        <translation>Der Teil vor dem @ enthält ein Zeichen, das in E-Mail-Adressen nicht zulässig ist.</translation>
    </message>
    <message>
        <source>Names cannot contain digits or symbols such as @, &lt;, &gt; or #.</source>
        <translation>Namen dürfen keine Ziffern oder Symbole wie @, &lt;, &gt; oder # enthalten.</translation>
    </message>
    <message>
        <source>Use a culture code such as en-US.</source>
        <translation>Verwenden Sie einen Kulturcode wie en-US.</translation>
    </message>
    <message>
        <source>Use a language code such as en or fr.</source>
        <translation>Verwenden Sie einen Sprachcode wie en oder fr.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed here.</source>
        <translation>Dies enthält Zeichen, die hier nicht zulässig sind.</translation>
    </message>
    <message>
        <source>Enter a name with at least one letter.</source>
        <translation>Geben Sie einen Namen mit mindestens einem Buchstaben ein.</translation>
    </message>
    <message>
        <source>An email address needs an @ between the name and the domain, as in name@example.com.</source>
        <translation>Eine E-Mail-Adresse benötigt ein @ zwischen Name und Domäne, wie in name@example.com.</translation>
    </message>
    <message>
        <source>An email address can contain only one @.</source>
        <translation>Eine E-Mail-Adresse darf nur ein @ enthalten.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>Eine E-Mail-Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the name before the @.</source>
        <translation>Geben Sie den Namen vor dem @ ein.</translation>
    </message>
    <message numerus="yes">
        <source>The part before the @ can have at most %n character(s).</source>
        <translation>
            <numerusform>Der Teil vor dem @ darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Der Teil vor dem @ darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>An email address cannot have a dot right after the @ or at its start.</source>
        <translation>Eine E-Mail-Adresse darf weder mit einem Punkt beginnen noch direkt nach dem @ einen Punkt haben.</translation>
    </message>
    <message>
        <source>An email address cannot end with a dot or have a dot right before the @.</source>
        <translation>Eine E-Mail-Adresse darf weder mit einem Punkt enden noch direkt vor dem @ einen Punkt haben.</translation>
    </message>
    <message>
        <source>An email address cannot contain two dots in a row.</source>
        <translation>Eine E-Mail-Adresse darf keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <source>The domain after the @ is incomplete; it looks like example.com.</source>
        <translation>Die Domäne nach dem @ ist unvollständig; sie sieht etwa so aus: example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ is not a valid domain name.</source>
        <translation>Die Domäne nach dem @ ist kein gültiger Domänenname.</translation>
    </message>
    <message numerus="yes">
        <source>An email address can have at most %n character(s).</source>
        <translation>
            <numerusform>Eine E-Mail-Adresse darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Eine E-Mail-Adresse darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use only digits, spaces, dashes, dots, parentheses and a leading +.</source>
        <translation>Verwenden Sie nur Ziffern, Leerzeichen, Bindestriche, Punkte, Klammern und ein führendes +.</translation>
    </message>
    <message numerus="yes">
        <source>A phone number needs at least %n digit(s).</source>
        <translation>
            <numerusform>Eine Telefonnummer benötigt mindestens %n Ziffer.</numerusform>
            <numerusform>Eine Telefonnummer benötigt mindestens %n Ziffern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A phone number can have at most %n digit(s).</source>
        <translation>
            <numerusform>Eine Telefonnummer darf höchstens %n Ziffer haben.</numerusform>
            <numerusform>Eine Telefonnummer darf höchstens %n Ziffern haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a phone number format of the customer&apos;s country.</source>
        <translation>Dieses Telefonnummernformat gibt es im Land des Kunden nicht.</translation>
    </message>
    <message>
        <source>Enter a real date in the form YYYY-MM-DD.</source>
        <translation>Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>The acceptance date cannot be in the future. Partner Center counts days in UTC, so the latest date allowed now is %1.</source>
        <translation>Das Annahmedatum darf nicht in der Zukunft liegen. Partner Center zählt Tage in UTC, daher ist das späteste zulässige Datum jetzt %1.</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement did not exist yet; use a date from %1 on.</source>
        <translation>Der Microsoft-Kundenvertrag existierte damals noch nicht; verwenden Sie ein Datum ab %1.</translation>
    </message>
    <message>
        <source>This postal code does not have the format used in the customer&apos;s country.</source>
        <translation>Diese Postleitzahl hat nicht das im Land des Kunden verwendete Format.</translation>
    </message>
    <message>
        <source>Choose a state or province from the list for this country.</source>
        <translation>Wählen Sie ein Bundesland bzw. eine Provinz für dieses Land aus der Liste.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>Verwenden Sie einen Ländercode aus zwei Buchstaben, z. B. US oder DE.</translation>
    </message>
    <message>
        <source>The customer&apos;s country does not support this value; choose one from the list.</source>
        <translation>Das Land des Kunden unterstützt diesen Wert nicht; wählen Sie einen Wert aus der Liste.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A Partner Center look-alike on 127.0.0.1 for tests and demos.</source>
        <translation>Eine Partner Center-Nachbildung auf 127.0.0.1 für Tests und Demos.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation>Port auf 127.0.0.1 (0 = beliebiger freier Port).</translation>
    </message>
    <message>
        <source>SQLite file (default: a temporary file removed on exit).</source>
        <translation>SQLite-Datei (Standard: eine temporäre Datei, die beim Beenden gelöscht wird).</translation>
    </message>
    <message>
        <source>Customers to seed into a new database.</source>
        <translation>Anzahl der Kunden, mit denen eine neue Datenbank befüllt wird.</translation>
    </message>
    <message>
        <source>Seed of the generated data.</source>
        <translation>Startwert (Seed) für die generierten Daten.</translation>
    </message>
    <message>
        <source>Requests per minute before 429 (0 = no throttling).</source>
        <translation>Anfragen pro Minute bis zur Antwort 429 (0 = keine Drosselung).</translation>
    </message>
    <message>
        <source>Access token lifetime.</source>
        <translation>Lebensdauer des Zugriffstokens.</translation>
    </message>
    <message>
        <source>Start JSON bodies with a UTF-8 byte-order mark.</source>
        <translation>JSON-Inhalte mit einer UTF-8-Bytereihenfolgemarke (BOM) beginnen.</translation>
    </message>
    <message>
        <source>PartnerDesk: confirm and review customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>PartnerDesk: Annahme des Microsoft-Kundenvertrags durch Kunden bestätigen und prüfen.</translation>
    </message>
    <message>
        <source>Use the sandbox whatever Settings say.</source>
        <translation>Sandbox unabhängig von den Einstellungen verwenden.</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Fail this share of /v1 requests, in percent per kind: 429, 500, 503, drop-before, drop-after, slow, malformed, or all (spread evenly); e.g. 429=5,drop-after=2 or all=20.</source>
        <translation>Diesen Anteil der /v1-Anfragen fehlschlagen lassen, in Prozent je Art: 429, 500, 503, drop-before, drop-after, slow, malformed oder all (gleichmäßig verteilt); z. B. 429=5,drop-after=2 oder all=20.</translation>
    </message>
    <message>
        <source>Seed of the fault decisions.</source>
        <translation>Startwert für die Fehlerentscheidungen.</translation>
    </message>
    <message>
        <source>Retry-After of an injected 429.</source>
        <translation>Retry-After einer eingefügten 429-Antwort.</translation>
    </message>
    <message>
        <source>How long a slow answer is held back (past the client&apos;s timeout).</source>
        <translation>Wie lange eine langsame Antwort zurückgehalten wird (über das Zeitlimit des Clients hinaus).</translation>
    </message>
</context>
</TS>
