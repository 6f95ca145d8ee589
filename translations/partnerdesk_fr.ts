<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PartnerDesk::AccountInfoPage</name>
    <message>
        <source>Account info</source>
        <translation>Informations sur le compte</translation>
    </message>
    <message>
        <source>Enter the company&apos;s details and its primary contact.</source>
        <translation>Entrez les informations de la société et de son contact principal.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The customer&apos;s initial Microsoft 365 domain. Use Latin letters and digits; it cannot be changed after the customer is created.</source>
        <translation>Domaine Microsoft 365 initial du client. Utilisez des lettres latines et des chiffres&#xa0;; il ne peut plus être modifié une fois le client créé.</translation>
    </message>
    <message>
        <source>Followed by %1. Availability is checked as you type.</source>
        <translation>Suivi de %1. La disponibilité est vérifiée pendant la saisie.</translation>
    </message>
    <message>
        <source>for example contoso</source>
        <translation>par exemple contoso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The language of Microsoft&apos;s messages to the customer.</source>
        <translation>Langue des messages que Microsoft envoie au client.</translation>
    </message>
    <message>
        <source>How dates, numbers and currency are shown to the customer.</source>
        <translation>Format d&apos;affichage des dates, nombres et devises pour le client.</translation>
    </message>
    <message>
        <source>The person Microsoft and you contact about this customer&apos;s account.</source>
        <translation>La personne que Microsoft et vous contactez au sujet du compte de ce client.</translation>
    </message>
    <message>
        <source>Use the &amp;suggested address</source>
        <translation>Utiliser l&apos;adresse su&amp;ggérée</translation>
    </message>
    <message>
        <source>C&amp;ompany name</source>
        <translation>Nom de la s&amp;ociété</translation>
    </message>
    <message>
        <source>&amp;Domain name</source>
        <translation>Nom de &amp;domaine</translation>
    </message>
    <message>
        <source>Co&amp;untry/region</source>
        <translation>Pa&amp;ys/région</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>Ligne d&apos;adresse &amp;1</translation>
    </message>
    <message>
        <source>Address line &amp;2 (optional)</source>
        <translation>Ligne d&apos;adresse &amp;2 (facultatif)</translation>
    </message>
    <message>
        <source>Ci&amp;ty (optional)</source>
        <translation>&amp;Ville (facultatif)</translation>
    </message>
    <message>
        <source>Ci&amp;ty</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>&amp;State or province (optional)</source>
        <translation>État ou p&amp;rovince (facultatif)</translation>
    </message>
    <message>
        <source>&amp;State or province</source>
        <translation>État ou p&amp;rovince</translation>
    </message>
    <message>
        <source>Postal &amp;code (optional)</source>
        <translation>&amp;Code postal (facultatif)</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <source>Company p&amp;hone (optional)</source>
        <translation>Télép&amp;hone de la société (facultatif)</translation>
    </message>
    <message>
        <source>Company p&amp;hone</source>
        <translation>Télép&amp;hone de la société</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Cultu&amp;re</source>
        <translation>C&amp;ulture</translation>
    </message>
    <message>
        <source>Reading Partner Center&apos;s address rules for %1…</source>
        <translation>Lecture des règles d&apos;adresse de l&apos;Espace partenaires pour %1…</translation>
    </message>
    <message>
        <source>Partner Center has no address rules for %1, so only general checks apply here. Partner Center checks the address when the customer is created.</source>
        <translation>L&apos;Espace partenaires n&apos;a pas de règles d&apos;adresse pour %1&#xa0;: seules des vérifications générales s&apos;appliquent ici. L&apos;Espace partenaires vérifie l&apos;adresse lors de la création du client.</translation>
    </message>
    <message>
        <source>The address rules for %1 could not be read, so only general checks apply here. Partner Center checks the address when the customer is created. %2</source>
        <translation>Les règles d&apos;adresse pour %1 n&apos;ont pas pu être lues&#xa0;: seules des vérifications générales s&apos;appliquent ici. L&apos;Espace partenaires vérifie l&apos;adresse lors de la création du client. %2</translation>
    </message>
    <message>
        <source>Checking whether %1 is available…</source>
        <translation>Vérification de la disponibilité de %1…</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 est disponible.</translation>
    </message>
    <message>
        <source>%1 is already taken. Choose another domain name.</source>
        <translation>%1 est déjà pris. Choisissez un autre nom de domaine.</translation>
    </message>
    <message>
        <source>Whether %1 is available could not be checked; Partner Center checks it when the customer is created. %2</source>
        <translation>Impossible de vérifier la disponibilité de %1&#xa0;; l&apos;Espace partenaires la vérifiera lors de la création du client. %2</translation>
    </message>
    <message>
        <source>Partner Center recognises this address.</source>
        <translation>L&apos;Espace partenaires reconnaît cette adresse.</translation>
    </message>
    <message>
        <source>Partner Center suggests: %1</source>
        <translation>L&apos;Espace partenaires suggère&#xa0;: %1</translation>
    </message>
    <message>
        <source>Partner Center could not verify this address. Check the street, city and postal code before you go on.</source>
        <translation>L&apos;Espace partenaires n&apos;a pas pu vérifier cette adresse. Vérifiez la rue, la ville et le code postal avant de continuer.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementHistoryModel</name>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrat client Microsoft</translation>
    </message>
    <message>
        <source>Microsoft Cloud Agreement</source>
        <translation>Contrat Microsoft Cloud</translation>
    </message>
    <message>
        <source>Template %1
%2</source>
        <translation>Modèle %1
%2</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementPage</name>
    <message>
        <source>Microsoft agreement</source>
        <translation>Contrat Microsoft</translation>
    </message>
    <message>
        <source>How does the customer accept the Microsoft Customer Agreement?</source>
        <translation>Comment le client accepte-t-il le Contrat client Microsoft&#xa0;?</translation>
    </message>
    <message>
        <source>A customer can buy only after accepting the Microsoft Customer Agreement. Either confirm that the customer has already accepted it, or let the customer accept it in the Microsoft 365 admin center.</source>
        <translation>Un client ne peut acheter qu&apos;après avoir accepté le Contrat client Microsoft. Confirmez que le client l&apos;a déjà accepté, ou laissez-le l&apos;accepter dans le Centre d&apos;administration Microsoft 365.</translation>
    </message>
    <message>
        <source>&amp;Confirm the customer&apos;s acceptance now (partner attestation)</source>
        <translation>C&amp;onfirmer maintenant l&apos;acceptation du client (attestation du partenaire)</translation>
    </message>
    <message>
        <source>The customer &amp;has accepted the Microsoft Customer Agreement</source>
        <translation>Le &amp;client a accepté le Contrat client Microsoft</translation>
    </message>
    <message>
        <source>The person who accepted the agreement, and when. Make sure these details are correct; if they are not, select Update and enter the details of the person who accepted it.</source>
        <translation>La personne qui a accepté le contrat, et la date. Vérifiez que ces informations sont exactes&#xa0;; sinon, sélectionnez Mettre à jour et entrez les informations de la personne qui l&apos;a accepté.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>Mettre à &amp;jour</translation>
    </message>
    <message>
        <source>Enter a different person who accepted the agreement.</source>
        <translation>Entrez une autre personne qui a accepté le contrat.</translation>
    </message>
    <message>
        <source>&amp;Reset to the primary contact</source>
        <translation>&amp;Rétablir le contact principal</translation>
    </message>
    <message>
        <source>The customer &amp;will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center</source>
        <translation>Le client sera &amp;invité à accepter le Contrat client Microsoft dans le Centre d&apos;administration Microsoft 365</translation>
    </message>
    <message>
        <source>New customers cannot make a purchase until they accept the agreement. After the customer is created, PartnerDesk prepares the invitation email with the link to the Microsoft 365 admin center and the new customer&apos;s sign-in details.</source>
        <translation>Les nouveaux clients ne peuvent pas effectuer d&apos;achat tant qu&apos;ils n&apos;ont pas accepté le contrat. Une fois le client créé, PartnerDesk prépare l&apos;e-mail d&apos;invitation avec le lien vers le Centre d&apos;administration Microsoft 365 et les informations de connexion du nouveau client.</translation>
    </message>
    <message>
        <source>View the agreement &amp;template…</source>
        <translation>&amp;Voir le modèle de contrat…</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific: this opens the template for the customer&apos;s country.</source>
        <translation>Le Contrat client Microsoft est propre à chaque pays&#xa0;: ce bouton ouvre le modèle du pays du client.</translation>
    </message>
    <message>
        <source>Tick the box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Cochez la case pour confirmer que le client a accepté le Contrat client Microsoft.</translation>
    </message>
    <message>
        <source>Tick this box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Cochez cette case pour confirmer que le client a accepté le Contrat client Microsoft.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateDialog</name>
    <message>
        <source>Microsoft Customer Agreement template</source>
        <translation>Modèle du Contrat client Microsoft</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific. Choose the customer&apos;s country (it comes from the billing address) and a language offered there, then open the template or download it as a Word document.</source>
        <translation>Le Contrat client Microsoft est propre à chaque pays. Choisissez le pays du client (il provient de l&apos;adresse de facturation) et une langue proposée dans ce pays, puis ouvrez le modèle ou téléchargez-le en tant que document Word.</translation>
    </message>
    <message>
        <source>&amp;Country/region:</source>
        <translation>&amp;Pays/région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Links to the template expire after five minutes, so PartnerDesk asks Partner Center for a new one each time you open or download it.</source>
        <translation>Les liens vers le modèle expirent au bout de cinq minutes&#xa0;: PartnerDesk demande donc un nouveau lien à l&apos;Espace partenaires chaque fois que vous l&apos;ouvrez ou le téléchargez.</translation>
    </message>
    <message>
        <source>Country or region of the agreement</source>
        <translation>Pays ou région du contrat</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>Langue du contrat</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Opens the template in your web browser.</source>
        <translation>Ouvre le modèle dans votre navigateur web.</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <source>Saves the template as a Word document in a file you choose.</source>
        <translation>Enregistre le modèle en tant que document Word dans le fichier de votre choix.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Canceled: only English is listed. Choose the country again to load its languages.</source>
        <translation>Annulé&#xa0;: seul l&apos;anglais est proposé. Choisissez à nouveau le pays pour charger ses langues.</translation>
    </message>
    <message>
        <source>PartnerDesk could not load the languages offered in %1, so only English is listed. %2</source>
        <translation>PartnerDesk n&apos;a pas pu charger les langues proposées pour %1&#xa0;: seul l&apos;anglais est proposé. %2</translation>
    </message>
    <message>
        <source>Loading the languages offered in %1…</source>
        <translation>Chargement des langues proposées pour %1…</translation>
    </message>
    <message>
        <source>Asking Partner Center for a new link to the template…</source>
        <translation>Demande d&apos;un nouveau lien vers le modèle à l&apos;Espace partenaires…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Wait until the languages are loaded.</source>
        <translation>Attendez que les langues soient chargées.</translation>
    </message>
    <message>
        <source>Wait for the current download, or cancel it.</source>
        <translation>Attendez la fin du téléchargement en cours, ou annulez-le.</translation>
    </message>
    <message>
        <source>Choose a country with a template first.</source>
        <translation>Choisissez d&apos;abord un pays qui dispose d&apos;un modèle.</translation>
    </message>
    <message>
        <source>No web browser opened the template. Use “Download” to save it instead.</source>
        <translation>Aucun navigateur web n&apos;a ouvert le modèle. Utilisez «&#xa0;Télécharger&#xa0;» pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The template is open in your browser. Its link works for five minutes; PartnerDesk gets a new one the next time.</source>
        <translation>Le modèle est ouvert dans votre navigateur. Son lien est valable cinq minutes&#xa0;; PartnerDesk en obtiendra un nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Partner Center has no version in %1 and sent %2.</source>
        <translation>L&apos;Espace partenaires n&apos;a aucune version pour %1&#xa0;; version envoyée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Save the agreement template</source>
        <translation>Enregistrer le modèle de contrat</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was downloaded.</source>
        <translation>Rien n&apos;a été téléchargé.</translation>
    </message>
    <message>
        <source>Downloading… %1 of %2</source>
        <translation>Téléchargement… %1 sur %2</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Téléchargement… %1</translation>
    </message>
    <message>
        <source>Saved “%1” (%2) in %3.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) enregistré dans %3.</translation>
    </message>
    <message>
        <source>The download was canceled; nothing was saved.</source>
        <translation>Le téléchargement a été annulé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The template was not saved. %1</source>
        <translation>Le modèle n&apos;a pas été enregistré. %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateSource</name>
    <message>
        <source>Partner Center sent a template link PartnerDesk will not open. %1</source>
        <translation>L&apos;Espace partenaires a envoyé un lien de modèle que PartnerDesk n&apos;ouvrira pas. %1</translation>
    </message>
    <message>
        <source>Partner Center lists no Microsoft Customer Agreement template.</source>
        <translation>L&apos;Espace partenaires ne répertorie aucun modèle de Contrat client Microsoft.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiCall</name>
    <message>
        <source>The answer was larger than %1 MB and was not read.</source>
        <translation>La réponse dépassait %1 Mo et n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>La réponse n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The answer is cut short or is not JSON.</source>
        <translation>La réponse est tronquée ou n’est pas du JSON.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiError</name>
    <message>
        <source>PartnerDesk cannot reach the service. Check the network connection and try again.</source>
        <translation>PartnerDesk ne parvient pas à joindre le service. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>Le service n&apos;a pas répondu à temps. Réessayez.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost, so PartnerDesk cannot tell whether it took effect. Check the current state before trying again.</source>
        <translation>La demande a été envoyée, mais sa réponse a été perdue&#xa0;: PartnerDesk ne peut pas savoir si elle a été appliquée. Vérifiez l&apos;état actuel avant de réessayer.</translation>
    </message>
    <message>
        <source>The service sent an answer PartnerDesk cannot read.</source>
        <translation>Le service a envoyé une réponse que PartnerDesk ne peut pas lire.</translation>
    </message>
    <message>
        <source>The request was refused before it was sent.</source>
        <translation>La demande a été refusée avant son envoi.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again; what you have entered is kept.</source>
        <translation>Votre session a expiré. Reconnectez-vous&#xa0;; vos saisies sont conservées.</translation>
    </message>
    <message>
        <source>A partner confirmation with exactly this contact already exists for this customer, so nothing new was recorded.</source>
        <translation>Une confirmation du partenaire avec exactement ce contact existe déjà pour ce client&#xa0;: rien de nouveau n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The customer has not accepted the Microsoft Customer Agreement yet: confirm their acceptance, or ask them to accept it in the Microsoft 365 admin center, before you place this order.</source>
        <translation>Le client n&apos;a pas encore accepté le Contrat client Microsoft&#xa0;: confirmez son acceptation ou demandez-lui de l&apos;accepter dans le Centre d&apos;administration Microsoft 365 avant de passer cette commande.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center is limiting how fast requests may be sent. PartnerDesk will try again in %n second(s).</source>
        <translation>
            <numerusform>L&apos;Espace partenaires limite la fréquence des demandes. PartnerDesk réessaiera dans %n seconde.</numerusform>
            <numerusform>L&apos;Espace partenaires limite la fréquence des demandes. PartnerDesk réessaiera dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center is limiting how fast requests may be sent. Try again shortly.</source>
        <translation>L&apos;Espace partenaires limite la fréquence des demandes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Partner Center did not accept your sign-in. Sign in again.</source>
        <translation>L&apos;Espace partenaires n&apos;a pas accepté votre connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Partner Center refused this action for your account.</source>
        <translation>L&apos;Espace partenaires a refusé cette action pour votre compte.</translation>
    </message>
    <message>
        <source>Partner Center could not find it.</source>
        <translation>Élément introuvable dans l&apos;Espace partenaires.</translation>
    </message>
    <message>
        <source>Partner Center had a problem of its own. Try again later.</source>
        <translation>L&apos;Espace partenaires a rencontré un problème interne. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Partner Center refused the request.</source>
        <translation>L&apos;Espace partenaires a refusé la demande.</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>Réponse du service&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(error %1, HTTP %2)</source>
        <translation>(erreur %1, HTTP %2)</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>(error %1)</source>
        <translation>(erreur %1)</translation>
    </message>
    <message>
        <source>Partner Center requires multi-factor authentication (MFA) for access by an app with a user since April 2026. Sign in again and complete the MFA prompt; if none appears, ask your administrator to require MFA for your account.</source>
        <translation>Depuis avril 2026, l&apos;Espace partenaires exige l&apos;authentification multifacteur (MFA) pour l&apos;accès d&apos;une application au nom d&apos;un utilisateur. Reconnectez-vous et répondez à la demande MFA&#xa0;; si aucune demande n&apos;apparaît, demandez à votre administrateur d&apos;exiger la MFA pour votre compte.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again and enter the new code within the time shown.</source>
        <translation>Le code de connexion a expiré avant d&apos;être utilisé. Relancez la connexion et entrez le nouveau code dans le délai indiqué.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the sign-in page. Start it again if that was a mistake.</source>
        <translation>La connexion a été refusée sur la page de connexion. Relancez-la s&apos;il s&apos;agit d&apos;une erreur.</translation>
    </message>
    <message>
        <source>The sign-in service does not know this code. Start the sign-in again.</source>
        <translation>Le service de connexion ne reconnaît pas ce code. Relancez la connexion.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (it expired or was revoked). Sign in again.</source>
        <translation>Votre connexion n&apos;est plus valide (elle a expiré ou a été révoquée). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in service does not accept the application (client) ID set in Settings for this kind of sign-in. Check the ID with your administrator.</source>
        <translation>Le service de connexion n&apos;accepte pas l&apos;ID d&apos;application (client) défini dans Paramètres pour ce type de connexion. Vérifiez cet ID auprès de votre administrateur.</translation>
    </message>
    <message>
        <source>The sign-in service refused the request. Check the authority, tenant and application (client) ID in Settings.</source>
        <translation>Le service de connexion a refusé la demande. Vérifiez l&apos;autorité, le locataire et l&apos;ID d&apos;application (client) dans Paramètres.</translation>
    </message>
    <message>
        <source>The service answered with an error of its own, and reading the current state afterwards failed, so PartnerDesk cannot tell whether the request took effect. Check the current state before trying again.</source>
        <translation>Le service a répondu par une erreur interne, et la lecture de l’état actuel a ensuite échoué : PartnerDesk ne peut donc pas savoir si la demande a pris effet. Vérifiez l’état actuel avant de réessayer.</translation>
    </message>
    <message>
        <source>PartnerDesk could not verify the service&apos;s certificate, so it sent nothing. Check the service address in Settings; a network that inspects encrypted traffic needs its certificate installed on this computer.</source>
        <translation>PartnerDesk n’a pas pu vérifier le certificat du service et n’a donc rien envoyé. Vérifiez l’adresse du service dans les Paramètres ; un réseau qui inspecte le trafic chiffré doit avoir son certificat installé sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AppController</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>The new connection is used the next time PartnerDesk starts.</source>
        <translation>La nouvelle connexion sera utilisée au prochain démarrage de PartnerDesk.</translation>
    </message>
    <message>
        <source>Reset sandbox data</source>
        <translation>Réinitialiser les données du bac à sable</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only</source>
        <translation>Connexion conservée pour cette session uniquement</translation>
    </message>
    <message>
        <source>This computer has no secret store PartnerDesk can use (such as GNOME Keyring or KWallet), so your sign-in is kept in memory only: PartnerDesk asks you to sign in again the next time it starts. Nothing is written to a file.</source>
        <translation>Cet ordinateur ne dispose d&apos;aucun trousseau de clés utilisable par PartnerDesk (comme GNOME Keyring ou KWallet)&#xa0;: votre connexion est donc conservée uniquement en mémoire, et PartnerDesk vous demandera de vous reconnecter à son prochain démarrage. Rien n&apos;est écrit dans un fichier.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AttentionListModel</name>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>Statut MCA</translation>
    </message>
    <message>
        <source>Has purchases</source>
        <translation>Achats existants</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Lecture impossible</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <translation>Vérifiez le fichier avec --dry-run et remettez-le à votre fournisseur indirect, qui l&apos;exécutera.</translation>
    </message>
    <message>
        <source>Checking %1 rows of %2 (dry run: nothing is sent).</source>
        <translation>Vérification de %1 lignes sur %2 (simulation&#xa0;: rien n&apos;est envoyé).</translation>
    </message>
    <message>
        <source>Confirming %1 rows of %2 (journal: %3).</source>
        <translation>Confirmation de %1 lignes sur %2 (journal&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 valid, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>%1/%2 lignes&#xa0;: %3 valides, %4 déjà confirmées, %5 non valides, %6 en échec, %7 ignorées</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 confirmed, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>%1/%2 lignes&#xa0;: %3 confirmées, %4 déjà confirmées, %5 non valides, %6 en échec, %7 ignorées</translation>
    </message>
    <message>
        <source>; about %1 left</source>
        <translation>&#xa0;; reste environ %1</translation>
    </message>
    <message numerus="yes">
        <source>; throttled %n time(s)</source>
        <translation>
            <numerusform>&#xa0;; ralenti %n fois</numerusform>
            <numerusform>&#xa0;; ralenti %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>L&apos;exécution s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Throttled (429)</source>
        <translation>Limitées (429)</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
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
        <translation>Même client, même contact et même date qu&apos;à la ligne %1&#xa0;: non envoyé deux fois.</translation>
    </message>
    <message>
        <source>No customer of yours has this ID.</source>
        <translation>Aucun de vos clients n&apos;a cet ID.</translation>
    </message>
    <message>
        <source>No customer of yours has the domain %1.</source>
        <translation>Aucun de vos clients n&apos;a le domaine %1.</translation>
    </message>
    <message>
        <source>The customer with this ID has the domain %1, not %2.</source>
        <translation>Le client avec cet ID a le domaine %1, et non %2.</translation>
    </message>
    <message>
        <source>Confirmed: found recorded after an interrupted run, not sent again.</source>
        <translation>Confirmé&#xa0;: trouvé enregistré après une exécution interrompue, non renvoyé.</translation>
    </message>
    <message>
        <source>Line %1 confirms the same contact for this customer; Partner Center keeps one confirmation per contact.</source>
        <translation>La ligne %1 confirme le même contact pour ce client&#xa0;; l&apos;Espace partenaires conserve une seule confirmation par contact.</translation>
    </message>
    <message>
        <source>Partner Center already has a confirmation with this contact (accepted on %1); nothing was sent.</source>
        <translation>L&apos;Espace partenaires a déjà une confirmation avec ce contact (acceptation le %1)&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Valid: would be confirmed.</source>
        <translation>Valide&#xa0;: serait confirmé.</translation>
    </message>
    <message>
        <source>The journal could not be written (%1); nothing was sent.</source>
        <translation>Impossible d&apos;écrire dans le journal (%1)&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Partner Center already had a confirmation with this contact (600061).</source>
        <translation>L&apos;Espace partenaires avait déjà une confirmation avec ce contact (600061).</translation>
    </message>
    <message>
        <source>Confirmed: the answer was lost, and reading showed the confirmation recorded.</source>
        <translation>Confirmé&#xa0;: la réponse a été perdue, et une relecture a montré que la confirmation est enregistrée.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Confirmé.</translation>
    </message>
    <message>
        <source>Not sent: the run stopped because Partner Center could not be used (%1).</source>
        <translation>Non envoyé&#xa0;: l&apos;exécution s&apos;est arrêtée, car l&apos;Espace partenaires était inutilisable (%1).</translation>
    </message>
    <message>
        <source>Canceled while being sent: the next run with the same journal reads the customer&apos;s confirmations before sending again.</source>
        <translation>Annulé pendant l&apos;envoi&#xa0;: la prochaine exécution avec le même journal lira les confirmations du client avant de renvoyer.</translation>
    </message>
    <message>
        <source>Not done: the run was canceled. Run the file again with the same journal to finish it.</source>
        <translation>Non traité&#xa0;: l&apos;exécution a été annulée. Exécutez à nouveau le fichier avec le même journal pour la terminer.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationWindow</name>
    <message numerus="yes">
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>Il reste environ %Ln seconde</numerusform>
            <numerusform>Il reste environ %Ln secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>Il reste environ %Ln minute</numerusform>
            <numerusform>Il reste environ %Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translation>Il reste environ %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2 rows shown</source>
        <translation>Lignes affichées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>Attestation en bloc</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open a CSV file with one confirmation per row (Ctrl+O); you can also drop it here</source>
        <translation>Ouvrir un fichier CSV contenant une confirmation par ligne (Ctrl+O)&#xa0;; vous pouvez aussi le déposer ici</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Which rows to show</source>
        <translation>Lignes à afficher</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Lignes avec des problèmes</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>A&amp;dvanced options</source>
        <translation>Op&amp;tions avancées</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>&amp;Demandes simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>How many requests are in flight at most</source>
        <translation>Nombre maximal de demandes en cours en même temps</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>Demandes par &amp;minute&#xa0;:</translation>
    </message>
    <message>
        <source>Partner Center allows about 500 requests a minute per tenant; the default leaves room for other tools</source>
        <translation>L&apos;Espace partenaires autorise environ 500 demandes par minute et par locataire&#xa0;; la valeur par défaut laisse de la marge aux autres outils</translation>
    </message>
    <message>
        <source>Nothing new is sent while paused; requests already sent finish</source>
        <translation>Rien de nouveau n&apos;est envoyé pendant la pause&#xa0;; les demandes déjà envoyées se terminent</translation>
    </message>
    <message>
        <source>C&amp;ancel run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Stops the run; rows not done stay in the journal and are sent when you continue or open the file again</source>
        <translation>Arrête l&apos;exécution&#xa0;; les lignes non traitées restent dans le journal et sont envoyées lorsque vous continuez ou rouvrez le fichier</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>&amp;Enregistrer les résultats…</translation>
    </message>
    <message>
        <source>Every row of the file with its outcome, code and message, as CSV</source>
        <translation>Chaque ligne du fichier avec son résultat, son code et son message, au format CSV</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Bulk attestation is running</source>
        <translation>Attestation en bloc en cours</translation>
    </message>
    <message>
        <source>%1 of %2 rows are done. Cancel the run and close the window?</source>
        <translation>Lignes traitées&#xa0;: %1 sur %2. Annuler l&apos;exécution et fermer la fenêtre&#xa0;?</translation>
    </message>
    <message>
        <source>Rows not done stay in the journal: open the same file again to finish them; no row is sent twice. Choose No to keep the run going.</source>
        <translation>Les lignes non traitées restent dans le journal&#xa0;: rouvrez le même fichier pour les terminer&#xa0;; aucune ligne n&apos;est envoyée deux fois. Choisissez Non pour poursuivre l&apos;exécution.</translation>
    </message>
    <message>
        <source>Open a bulk attestation file</source>
        <translation>Ouvrir un fichier d&apos;attestation en bloc</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>Impossible d&apos;utiliser %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>An earlier run of this file already settled %Ln row(s). Confirming continues with the rest; no row is sent twice.</source>
        <translation>
            <numerusform>Une exécution précédente de ce fichier a déjà traité %Ln ligne. La confirmation se poursuit avec les autres&#xa0;; aucune ligne n&apos;est envoyée deux fois.</numerusform>
            <numerusform>Une exécution précédente de ce fichier a déjà traité %Ln lignes. La confirmation se poursuit avec les autres&#xa0;; aucune ligne n&apos;est envoyée deux fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln row(s) not done yet to Partner Center?</source>
        <translation>
            <numerusform>Envoyer à l&apos;Espace partenaires %Ln ligne non encore traitée&#xa0;?</numerusform>
            <numerusform>Envoyer à l&apos;Espace partenaires les %Ln lignes non encore traitées&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln confirmation(s) to Partner Center, for %1?</source>
        <translation>
            <numerusform>Envoyer %Ln confirmation à l&apos;Espace partenaires, pour %1&#xa0;?</numerusform>
            <numerusform>Envoyer %Ln confirmations à l&apos;Espace partenaires, pour %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Each one records that the contact named in the row accepted the Microsoft Customer Agreement on the date given. Rows with problems are not sent.</source>
        <translation>Chacune enregistre que le contact indiqué dans la ligne a accepté le Contrat client Microsoft à la date indiquée. Les lignes avec des problèmes ne sont pas envoyées.</translation>
    </message>
    <message>
        <source>Confirm customers</source>
        <translation>Confirmer les clients</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>Lignes&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>Arrêt&#xa0;: attente des demandes déjà envoyées…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Estimation du temps restant…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down (%Ln time(s)); PartnerDesk waits as it asks.</source>
        <translation>
            <numerusform>L&apos;Espace partenaires a demandé de ralentir (%Ln fois)&#xa0;; PartnerDesk attend le délai demandé.</numerusform>
            <numerusform>L&apos;Espace partenaires a demandé de ralentir (%Ln fois)&#xa0;; PartnerDesk attend le délai demandé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check stopped: %1</source>
        <translation>La vérification s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No row can be sent. Correct the marked cells in the file and open it again.</source>
        <translation>Aucune ligne ne peut être envoyée. Corrigez les cellules signalées dans le fichier, puis rouvrez-le.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can go in the file you hand over.</source>
        <translation>
            <numerusform>%Ln ligne a passé la vérification et peut figurer dans le fichier que vous transmettez.</numerusform>
            <numerusform>%Ln lignes ont passé la vérification et peuvent figurer dans le fichier que vous transmettez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can be sent. Nothing has been sent yet.</source>
        <translation>
            <numerusform>%Ln ligne a passé la vérification et peut être envoyée. Rien n&apos;a encore été envoyé.</numerusform>
            <numerusform>%Ln lignes ont passé la vérification et peuvent être envoyées. Rien n&apos;a encore été envoyé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems: they are marked in the table.</source>
        <translation>
            <numerusform>%Ln ligne présente des problèmes&#xa0;: elle est signalée dans le tableau.</numerusform>
            <numerusform>%Ln lignes présentent des problèmes&#xa0;: elles sont signalées dans le tableau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 confirmed, %2 already confirmed, %3 invalid, %4 failed, %5 skipped.</source>
        <translation>Terminé&#xa0;: %1 confirmées, %2 déjà confirmées, %3 non valides, %4 en échec, %5 ignorées.</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>L&apos;exécution s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are not done; Continue sends them (nothing is sent twice).</source>
        <translation>
            <numerusform>%Ln ligne n&apos;est pas traitée&#xa0;; Continuer l&apos;envoie (rien n&apos;est envoyé deux fois).</numerusform>
            <numerusform>%Ln lignes ne sont pas traitées&#xa0;; Continuer les envoie (rien n&apos;est envoyé deux fois).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The results of %Ln row(s) were saved to %1.</source>
        <translation>
            <numerusform>Les résultats de %Ln ligne ont été enregistrés dans %1.</numerusform>
            <numerusform>Les résultats de %Ln lignes ont été enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) that passed the check were saved to %1.</source>
        <translation>
            <numerusform>%Ln ligne validée a été enregistrée dans %1.</numerusform>
            <numerusform>%Ln lignes validées ont été enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln row(s) are listed with their problems in %1.</source>
        <translation>
            <numerusform>%Ln autre ligne figure avec ses problèmes dans %1.</numerusform>
            <numerusform>Les %Ln autres lignes figurent avec leurs problèmes dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indirect resellers cannot confirm; your indirect provider runs this file with Bulk attestation or `partnerdesk-cli bulk attest`. Open the file here to check every row, then save the rows that passed as a file for your provider.</source>
        <translation>Les revendeurs indirects ne peuvent pas confirmer&#xa0;; votre fournisseur indirect exécute ce fichier avec l&apos;attestation en bloc ou `partnerdesk-cli bulk attest`. Ouvrez le fichier ici pour vérifier chaque ligne, puis enregistrez les lignes validées dans un fichier pour votre fournisseur.</translation>
    </message>
    <message>
        <source>You can check a file here and save the rows that passed for an Admin agent or a Sales agent, who runs it.</source>
        <translation>Vous pouvez vérifier un fichier ici et enregistrer les lignes validées pour un agent d&apos;administration ou un agent commercial, qui l&apos;exécutera.</translation>
    </message>
    <message>
        <source>No file open. Open a CSV file (Ctrl+O) or drop one here. Its header row names the columns customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed (YYYY-MM-DD).</source>
        <translation>Aucun fichier ouvert. Ouvrez un fichier CSV (Ctrl+O) ou déposez-le ici. Sa ligne d&apos;en-tête nomme les colonnes customerId (ou domain), firstName, lastName, email, phoneNumber (facultatif) et dateAgreed (AAAA-MM-JJ).</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — %Ln ligne</numerusform>
            <numerusform>%1 — %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue with %Ln row(s)…</source>
        <translation>
            <numerusform>&amp;Continuer avec %Ln ligne…</numerusform>
            <numerusform>&amp;Continuer avec %Ln lignes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Confirm %Ln customer(s)…</source>
        <translation>
            <numerusform>&amp;Confirmer %Ln client…</numerusform>
            <numerusform>&amp;Confirmer %Ln clients…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;file for your provider…</source>
        <translation>Enregistrer pour votre fo&amp;urnisseur…</translation>
    </message>
    <message>
        <source>Save &amp;checked file…</source>
        <translation>Enregistrer le fichier &amp;vérifié…</translation>
    </message>
    <message>
        <source>The rows that passed the check, in the file&apos;s own columns; the other rows go with their problems to a second file beside it</source>
        <translation>Les lignes validées, dans les colonnes du fichier d&apos;origine&#xa0;; les autres lignes sont placées avec leurs problèmes dans un second fichier à côté</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sans limite</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkHandOffFile</name>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le fichier dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkInputError</name>
    <message>
        <source>The file is empty: it needs a header row with customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed.</source>
        <translation>Le fichier est vide&#xa0;: il lui faut une ligne d&apos;en-tête avec customerId (ou domain), firstName, lastName, email, phoneNumber (facultatif) et dateAgreed.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Le fichier a une ligne d&apos;en-tête, mais aucune ligne de données.</translation>
    </message>
    <message>
        <source>customerId (or domain, when the customer ID is not known)</source>
        <translation>customerId (ou domain, si l&apos;ID du client est inconnu)</translation>
    </message>
    <message>
        <source>The header row lacks these columns: %1.</source>
        <translation>Il manque ces colonnes dans la ligne d&apos;en-tête&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header row.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» apparaît deux fois dans la ligne d&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal</name>
    <message>
        <source>no file identity</source>
        <translation>aucune identité de fichier</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal::Error</name>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another run. Wait for it to end, or choose another journal.</source>
        <translation>Le journal %1 est utilisé par une autre exécution. Attendez qu&apos;elle se termine ou choisissez un autre journal.</translation>
    </message>
    <message>
        <source>The journal %1 belongs to a different file (or to an earlier version of this one). Use the file it was made for, or choose another journal.</source>
        <translation>Le journal %1 appartient à un autre fichier (ou à une version antérieure de celui-ci). Utilisez le fichier pour lequel il a été créé ou choisissez un autre journal.</translation>
    </message>
    <message>
        <source>The file %1 is not a PartnerDesk bulk journal, or it is damaged: %2</source>
        <translation>Le fichier %1 n&apos;est pas un journal d&apos;opérations en bloc PartnerDesk, ou il est endommagé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkOutcome</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Already confirmed</source>
        <translation>Déjà confirmé</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkResultFile</name>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>Impossible d&apos;enregistrer les résultats dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowChecks</name>
    <message>
        <source>Give the customer&apos;s ID (or its domain, when the ID is not known).</source>
        <translation>Indiquez l&apos;ID du client (ou son domaine, si l&apos;ID est inconnu).</translation>
    </message>
    <message>
        <source>A customer ID looks like 14876998-c0dc-46e6-9d0c-65a57a6c32ec (the customer&apos;s tenant ID).</source>
        <translation>Un ID de client ressemble à 14876998-c0dc-46e6-9d0c-65a57a6c32ec (l&apos;ID de locataire du client).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowsModel</name>
    <message>
        <source>Customer ID %1, domain %2</source>
        <translation>ID client %1, domaine %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (problem: %2)</source>
        <translation>%1 (problème&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Customer ID or domain</source>
        <translation>ID client ou domaine</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a column&apos;s name, then a problem in its cell</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CommandLineTool</name>
    <message>
        <source>PartnerDesk command line: Microsoft Customer Agreement operations.</source>
        <translation>Ligne de commande PartnerDesk&#xa0;: opérations liées au Contrat client Microsoft.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default: table).</source>
        <translation>Format de sortie&#xa0;: table, json ou csv (par défaut&#xa0;: table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Language of messages, such as tr or de (default: the system&apos;s).</source>
        <translation>Langue des messages, par exemple tr ou de (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>First name of the person who accepted.</source>
        <translation>Prénom de la personne qui a accepté.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Last name of the person who accepted.</source>
        <translation>Nom de la personne qui a accepté.</translation>
    </message>
    <message>
        <source>Email address of the person who accepted.</source>
        <translation>Adresse e-mail de la personne qui a accepté.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Phone number of the person who accepted (optional).</source>
        <translation>Numéro de téléphone de la personne qui a accepté (facultatif).</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TÉLÉPHONE</translation>
    </message>
    <message>
        <source>Agreement acceptance date, YYYY-MM-DD.</source>
        <translation>Date d&apos;acceptation du contrat, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Check everything, send nothing.</source>
        <translation>Tout vérifier, ne rien envoyer.</translation>
    </message>
    <message>
        <source>Country/region, two letters (templates).</source>
        <translation>Pays/région, deux lettres (modèles).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Language of the template, such as de-DE.</source>
        <translation>Langue du modèle, par exemple de-DE.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Only customers whose company name starts with this.</source>
        <translation>Uniquement les clients dont le nom de société commence par cette valeur.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÉFIXE</translation>
    </message>
    <message>
        <source>Bulk: requests in flight at most (default: %1).</source>
        <translation>En bloc&#xa0;: nombre maximal de demandes simultanées (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bulk: requests a minute at most (default: %1).</source>
        <translation>En bloc&#xa0;: nombre maximal de demandes par minute (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>PER_MINUTE</source>
        <translation>PAR_MINUTE</translation>
    </message>
    <message>
        <source>Bulk: the journal that makes a run resumable (default: beside the results).</source>
        <translation>En bloc&#xa0;: le journal qui permet de reprendre une exécution (par défaut&#xa0;: à côté des résultats).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Bulk: the result file (default: beside the input file).</source>
        <translation>En bloc&#xa0;: le fichier de résultats (par défaut&#xa0;: à côté du fichier d&apos;entrée).</translation>
    </message>
    <message>
        <source>The command (see above).</source>
        <translation>La commande (voir ci-dessus).</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS]</source>
        <translation>COMMANDE [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Indiquez une commande.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, json or csv.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez table, json ou csv.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2.</source>
        <translation>--%1 attend un nombre entier compris entre 1 et %2.</translation>
    </message>
    <message>
        <source>No token: set PARTNERDESK_TOKEN, or run `partnerdesk-cli signin`.</source>
        <translation>Aucun jeton&#xa0;: définissez PARTNERDESK_TOKEN ou exécutez `partnerdesk-cli signin`.</translation>
    </message>
    <message>
        <source>Name the customer: the customer&apos;s tenant ID.</source>
        <translation>Indiquez le client&#xa0;: l&apos;ID de locataire du client.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>ID du modèle</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Version rank</source>
        <translation>Rang de version</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Confirmed by partner</source>
        <translation>Confirmé par le partenaire</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>Accepté directement</translation>
    </message>
    <message>
        <source>May buy</source>
        <translation>Peut acheter</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Date d&apos;acceptation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Valid: nothing was sent (dry run).</source>
        <translation>Valide&#xa0;: rien n&apos;a été envoyé (simulation).</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has this confirmation.</source>
        <translation>Déjà confirmé&#xa0;: l&apos;Espace partenaires a cette confirmation.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Confirmé.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>Utilisez un code pays à deux lettres, par exemple US ou DE.</translation>
    </message>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>L&apos;Espace partenaires n&apos;a indiqué aucun modèle de Contrat client Microsoft.</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Pays/région</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID du client</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Request ID: %1, correlation ID: %2</source>
        <translation>ID de demande&#xa0;: %1, ID de corrélation&#xa0;: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Partner Center address (default: start the embedded sandbox). The token comes from PARTNERDESK_TOKEN, else from `partnerdesk-cli signin`.</source>
        <translation>Adresse de l&apos;Espace partenaires (par défaut&#xa0;: démarrer le bac à sable intégré). Le jeton provient de PARTNERDESK_TOKEN, sinon de `partnerdesk-cli signin`.</translation>
    </message>
    <message>
        <source>Sign-in service (default: https://login.microsoftonline.com; the sandbox&apos;s own address for a sandbox).</source>
        <translation>Service de connexion (par défaut&#xa0;: https://login.microsoftonline.com&#xa0;; pour un bac à sable, l&apos;adresse du bac à sable lui-même).</translation>
    </message>
    <message>
        <source>Your partner tenant: its ID or domain (default: organizations).</source>
        <translation>Votre locataire partenaire&#xa0;: son ID ou son domaine (par défaut&#xa0;: organizations).</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>LOCATAIRE</translation>
    </message>
    <message>
        <source>The application (client) ID registered for PartnerDesk.</source>
        <translation>L&apos;ID d&apos;application (client) inscrit pour PartnerDesk.</translation>
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
        <translation>Commandes&#xa0;:
  signin [--tenant LOCATAIRE] [--client-id ID] [--authority URL]
  signout
  agreement metadata
  agreement status ID_CLIENT
  agreement confirm ID_CLIENT --first F --last L --email E [--phone P] --date AAAA-MM-JJ [--dry-run]
  agreement template [--country CC] [--language ll-CC]
  customers list [--search PRÉFIXE]
  customers show ID_CLIENT
  invite link
  bulk attest FICHIER.csv [--dry-run] [--concurrency N] [--rate PAR_MINUTE]
              [--journal FICHIER] [--results FICHIER]
Codes de sortie&#xa0;: 0 réussite (y compris «&#xa0;déjà confirmé&#xa0;»), 2 entrée non valide ou refus avant l&apos;envoi,
3 le service a répondu par une erreur, 4 défaillance réseau,
5 certaines lignes d&apos;un fichier en bloc non valides ou en échec (les autres lignes traitées).</translation>
    </message>
    <message>
        <source>Warning: the new sign-in could not be kept in the secret store (%1).</source>
        <translation>Avertissement&#xa0;: la nouvelle connexion n&apos;a pas pu être conservée dans le trousseau de clés (%1).</translation>
    </message>
    <message>
        <source>Name the application (client) ID registered for PartnerDesk: --client-id ID.</source>
        <translation>Indiquez l&apos;ID d&apos;application (client) inscrit pour PartnerDesk&#xa0;: --client-id ID.</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so a sign-in cannot be kept for later commands. Set PARTNERDESK_TOKEN for each run instead.</source>
        <translation>Ce système ne dispose d&apos;aucun trousseau de clés utilisable par PartnerDesk&#xa0;: une connexion ne peut donc pas être conservée pour les commandes suivantes. Définissez plutôt PARTNERDESK_TOKEN à chaque exécution.</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2. Waiting until %3…</source>
        <translation>Pour vous connecter, ouvrez %1 dans un navigateur et entrez le code %2. Attente jusqu&apos;à %3…</translation>
    </message>
    <message>
        <source>No connection to the sign-in service; still waiting.</source>
        <translation>Service de connexion injoignable&#xa0;; l&apos;attente continue.</translation>
    </message>
    <message>
        <source>The sign-in service gave no refresh token (the offline_access scope), so nothing can be kept.</source>
        <translation>Le service de connexion n&apos;a fourni aucun jeton d&apos;actualisation (étendue offline_access)&#xa0;: rien ne peut donc être conservé.</translation>
    </message>
    <message>
        <source>The sign-in worked, but the secret store refused to keep it (%1). Set PARTNERDESK_TOKEN instead.</source>
        <translation>La connexion a réussi, mais le trousseau de clés a refusé de la conserver (%1). Définissez plutôt PARTNERDESK_TOKEN.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), tenant %3.</source>
        <translation>Connecté en tant que %1 (%2), locataire %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use: there is no sign-in to remove.</source>
        <translation>Ce système ne dispose d&apos;aucun trousseau de clés utilisable par PartnerDesk&#xa0;: il n&apos;y a aucune connexion à supprimer.</translation>
    </message>
    <message>
        <source>Signed out: the kept sign-in is removed.</source>
        <translation>Déconnecté&#xa0;: la connexion conservée a été supprimée.</translation>
    </message>
    <message>
        <source>There was no kept sign-in to remove.</source>
        <translation>Il n&apos;y avait aucune connexion conservée à supprimer.</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so no sign-in was kept.</source>
        <translation>Ce système ne dispose d&apos;aucun trousseau de clés utilisable par PartnerDesk&#xa0;: aucune connexion n&apos;a donc été conservée.</translation>
    </message>
    <message>
        <source>The secret store could not remove the sign-in (%1).</source>
        <translation>Le trousseau de clés n&apos;a pas pu supprimer la connexion (%1).</translation>
    </message>
    <message>
        <source>Run `partnerdesk-cli signin` again.</source>
        <translation>Exécutez de nouveau `partnerdesk-cli signin`.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmAgreementDialog</name>
    <message>
        <source>The customer&apos;s details could not be read, so nothing is filled in and the phone number is checked without the country&apos;s rules. %1</source>
        <translation>Impossible de lire les informations du client&#xa0;: rien n&apos;est prérempli et le numéro de téléphone est vérifié sans les règles du pays. %1</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation, recorded for an acceptance on %1. If someone else accepted the agreement, enter that person instead.</source>
        <translation>Prérempli à partir de la dernière confirmation, enregistrée pour une acceptation le %1. Si une autre personne a accepté le contrat, entrez plutôt cette personne.</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation. If someone else accepted the agreement, enter that person instead.</source>
        <translation>Prérempli à partir de la dernière confirmation. Si une autre personne a accepté le contrat, entrez plutôt cette personne.</translation>
    </message>
    <message>
        <source>Filled in from the primary contact of the billing profile. Make sure this is the person who accepted the agreement; if not, enter the right person.</source>
        <translation>Prérempli à partir du contact principal du profil de facturation. Vérifiez qu&apos;il s&apos;agit bien de la personne qui a accepté le contrat&#xa0;; sinon, entrez la bonne personne.</translation>
    </message>
    <message>
        <source>The country&apos;s phone number format could not be read, so the phone number is checked without it.</source>
        <translation>Impossible de lire le format de numéro de téléphone du pays&#xa0;: le numéro est vérifié sans ce format.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — confirm customer acceptance</source>
        <translation>Contrat client Microsoft — confirmer l&apos;acceptation du client</translation>
    </message>
    <message>
        <source>Confirm that the customer accepted the Microsoft Customer Agreement</source>
        <translation>Confirmez que le client a accepté le Contrat client Microsoft</translation>
    </message>
    <message>
        <source>Confirm that %1 accepted the Microsoft Customer Agreement</source>
        <translation>Confirmez que %1 a accepté le Contrat client Microsoft</translation>
    </message>
    <message>
        <source>Enter the first name, last name, email address and phone number (optional) of the person who accepted the agreement, and the date they accepted it. The date cannot be in the future.</source>
        <translation>Entrez le prénom, le nom, l&apos;adresse e-mail et le numéro de téléphone (facultatif) de la personne qui a accepté le contrat, ainsi que la date d&apos;acceptation. La date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Before this order can be placed, confirm that the customer accepted the Microsoft Customer Agreement: nobody has confirmed it yet, and the customer has not accepted it in the Microsoft 365 admin center. When you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>Avant de passer cette commande, confirmez que le client a accepté le Contrat client Microsoft&#xa0;: personne ne l&apos;a encore confirmé et le client ne l&apos;a pas accepté dans le Centre d&apos;administration Microsoft 365. Lorsque vous enregistrez, PartnerDesk enregistre la confirmation, puis passe la commande.</translation>
    </message>
    <message>
        <source>Partner Center refused the order because it has no record that the customer accepted the Microsoft Customer Agreement (error 13605). Confirm their acceptance; when you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>L&apos;Espace partenaires a refusé la commande, car il n&apos;a aucune trace de l&apos;acceptation du Contrat client Microsoft par le client (erreur 13605). Confirmez son acceptation&#xa0;; lorsque vous enregistrez, PartnerDesk enregistre la confirmation, puis passe la commande.</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Enregistrer et continuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Saving the confirmation…</source>
        <translation>Enregistrement de la confirmation…</translation>
    </message>
    <message>
        <source>Record in Partner Center that the customer accepted the Microsoft Customer Agreement (Enter)</source>
        <translation>Enregistrer dans l&apos;Espace partenaires que le client a accepté le Contrat client Microsoft (Enter)</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s details…</source>
        <translation>Lecture des informations du client…</translation>
    </message>
    <message>
        <source>Canceled. If the confirmation reached Partner Center before you canceled, saving again reports it as already confirmed.</source>
        <translation>Annulé. Si la confirmation est parvenue à l&apos;Espace partenaires avant l&apos;annulation, un nouvel enregistrement la signalera comme déjà confirmée.</translation>
    </message>
    <message>
        <source>Stop saving; what you entered stays (Esc)</source>
        <translation>Arrêter l&apos;enregistrement&#xa0;; vos saisies sont conservées (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>Partner Center compares the date with today in UTC, which can still be yesterday where you are.</source>
        <translation>L&apos;Espace partenaires compare la date à la date du jour en UTC, qui peut encore être celle d&apos;hier chez vous.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmationPage</name>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>The customer has been created.</source>
        <translation>Le client a été créé.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Sign-in details of the customer&apos;s administrator</source>
        <translation>Informations de connexion de l&apos;administrateur du client</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the user name</source>
        <translation>Copier le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copier le mot de passe</translation>
    </message>
    <message>
        <source>This password is shown only this once. Copy it now and keep it somewhere safe: PartnerDesk does not store it and Partner Center cannot show it again. You will need to give these details to the customer.</source>
        <translation>Ce mot de passe n&apos;est affiché qu&apos;une seule fois. Copiez-le maintenant et conservez-le en lieu sûr&#xa0;: PartnerDesk ne le stocke pas et l&apos;Espace partenaires ne peut pas l&apos;afficher à nouveau. Vous devrez communiquer ces informations au client.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrat client Microsoft</translation>
    </message>
    <message>
        <source>&amp;Try confirming again</source>
        <translation>&amp;Réessayer la confirmation</translation>
    </message>
    <message>
        <source>&amp;Open the customer&apos;s page</source>
        <translation>&amp;Ouvrir la page du client</translation>
    </message>
    <message>
        <source>&amp;Send invitation…</source>
        <translation>&amp;Envoyer l&apos;invitation…</translation>
    </message>
    <message>
        <source>Write the email that invites the customer to accept the Microsoft Customer Agreement in the Microsoft 365 admin center, with these sign-in details.</source>
        <translation>Rédiger l&apos;e-mail invitant le client à accepter le Contrat client Microsoft dans le Centre d&apos;administration Microsoft 365, avec ces informations de connexion.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le Presse-papiers.</translation>
    </message>
    <message>
        <source>%1 was created with the domain %2.</source>
        <translation>%1 a été créé avec le domaine %2.</translation>
    </message>
    <message>
        <source>Partner Center sent no sign-in details for this customer. Reset the administrator&apos;s password in the Microsoft 365 admin center.</source>
        <translation>L&apos;Espace partenaires n&apos;a envoyé aucune information de connexion pour ce client. Réinitialisez le mot de passe de l&apos;administrateur dans le Centre d&apos;administration Microsoft 365.</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>Enregistrement de la confirmation d&apos;acceptation…</translation>
    </message>
    <message>
        <source>The customer cannot make a purchase until they accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Send them the invitation: it holds the link and the sign-in details above.</source>
        <translation>Le client ne peut pas effectuer d&apos;achat tant qu&apos;il n&apos;a pas accepté le Contrat client Microsoft dans le Centre d&apos;administration Microsoft 365. Envoyez-lui l&apos;invitation&#xa0;: elle contient le lien et les informations de connexion ci-dessus.</translation>
    </message>
    <message>
        <source>The customer was created, but the confirmation of acceptance could not be recorded. %1 Try again now, or confirm it later from the customer&apos;s page (Account info, Microsoft Customer Agreement, Update); the customer is not created twice.</source>
        <translation>Le client a été créé, mais la confirmation d&apos;acceptation n&apos;a pas pu être enregistrée. %1 Réessayez maintenant, ou confirmez-la plus tard depuis la page du client (Informations sur le compte, Contrat client Microsoft, Mettre à jour)&#xa0;; le client ne sera pas créé deux fois.</translation>
    </message>
    <message>
        <source>This confirmation of acceptance was already recorded; nothing else is needed.</source>
        <translation>Cette confirmation d&apos;acceptation était déjà enregistrée&#xa0;; aucune autre action n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Confirmed: %1 %2 accepted the Microsoft Customer Agreement on %3. The customer can make purchases.</source>
        <translation>Confirmé&#xa0;: %1 %2 a accepté le Contrat client Microsoft le %3. Le client peut effectuer des achats.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ContactForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>Adresse e-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone number (optional)</source>
        <translation>&amp;Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>Agreement &amp;acceptance date</source>
        <translation>Date d&apos;&amp;acceptation du contrat</translation>
    </message>
    <message>
        <source>The date the customer accepted the agreement. It cannot be in the future.</source>
        <translation>Date à laquelle le client a accepté le contrat. Elle ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CountryCoverageModel</name>
    <message>
        <source>Country not known</source>
        <translation>Pays inconnu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couverture</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CoverageDashboard</name>
    <message>
        <source>Scan canceled.</source>
        <translation>Analyse annulée.</translation>
    </message>
    <message>
        <source>Scan canceled. The numbers shown are from the last complete scan.</source>
        <translation>Analyse annulée. Les chiffres affichés proviennent de la dernière analyse complète.</translation>
    </message>
    <message>
        <source>Coverage dashboard — Microsoft Customer Agreement</source>
        <translation>Tableau de bord de couverture — Contrat client Microsoft</translation>
    </message>
    <message>
        <source>&amp;Scan all customers</source>
        <translation>&amp;Analyser tous les clients</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reads the agreement status of every customer.</source>
        <translation>Lit le statut du contrat de chaque client.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <source>Every customer&apos;s status as a spreadsheet file.</source>
        <translation>Le statut de chaque client dans un fichier de tableur.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>A dated report with the chart and the tables, for your records.</source>
        <translation>Un rapport daté avec le graphique et les tableaux, pour vos archives.</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progression de l&apos;analyse</translation>
    </message>
    <message>
        <source>Customers by agreement status</source>
        <translation>Clients par statut du contrat</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>By &amp;country</source>
        <translation>Par pa&amp;ys</translation>
    </message>
    <message>
        <source>Coverage by country</source>
        <translation>Couverture par pays</translation>
    </message>
    <message>
        <source>&amp;Needs attention (%1)</source>
        <translation>&amp;Nécessite une attention (%1)</translation>
    </message>
    <message>
        <source>Customers that need attention</source>
        <translation>Clients nécessitant une attention</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Ouvrir le client</translation>
    </message>
    <message>
        <source>— less than a minute left</source>
        <translation>— moins d&apos;une minute restante</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1</source>
        <translation>Impossible de lire la liste des clients&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scan to see how many of your customers have accepted the Microsoft Customer Agreement.</source>
        <translation>Lancez une analyse pour savoir combien de vos clients ont accepté le Contrat client Microsoft.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Listing customers…</source>
        <translation>Récupération de la liste des clients…</translation>
    </message>
    <message>
        <source>Last scanned: %1</source>
        <translation>Dernière analyse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the status of every customer</source>
        <translation>Exporter le statut de chaque client</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the coverage report</source>
        <translation>Exporter le rapport de couverture</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked PartnerDesk to slow down; the scan goes on in %Ln second(s).</source>
        <translation>
            <numerusform>L&apos;Espace partenaires a demandé à PartnerDesk de ralentir&#xa0;; l&apos;analyse reprend dans %Ln seconde.</numerusform>
            <numerusform>L&apos;Espace partenaires a demandé à PartnerDesk de ralentir&#xa0;; l&apos;analyse reprend dans %Ln secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read</source>
        <translation>
            <numerusform>%1 sur %Ln client lu</numerusform>
            <numerusform>%1 sur %Ln clients lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read (listing…)</source>
        <translation>
            <numerusform>%1 sur %Ln client lu (liste en cours…)</numerusform>
            <numerusform>%1 sur %Ln clients lus (liste en cours…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— about %Ln minute(s) left</source>
        <translation>
            <numerusform>— environ %Ln minute restante</numerusform>
            <numerusform>— environ %Ln minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; a customer whose status could not be read is counted as unknown. Last error: %1</source>
        <translation>
            <numerusform>%Ln client n&apos;a pas pu être lu entièrement&#xa0;; un client dont le statut n&apos;a pas pu être lu est compté comme inconnu. Dernière erreur&#xa0;: %1</numerusform>
            <numerusform>%Ln clients n&apos;ont pas pu être lus entièrement&#xa0;; un client dont le statut n&apos;a pas pu être lu est compté comme inconnu. Dernière erreur&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>%Ln client non confirmé a déjà des achats&#xa0;: il ne peut pas accepter le contrat dans le Centre d&apos;administration Microsoft 365, votre organisation doit donc confirmer son acceptation.</numerusform>
            <numerusform>%Ln clients non confirmés ont déjà des achats&#xa0;: ils ne peuvent pas accepter le contrat dans le Centre d&apos;administration Microsoft 365, votre organisation doit donc confirmer leur acceptation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the status of %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Statut de %Ln client enregistré dans %1.</numerusform>
            <numerusform>Statut de %Ln clients enregistré dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CoveragePdf</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Date de génération</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Date d&apos;analyse</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>Statut du Contrat client Microsoft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>Customers that need attention (%1)</source>
        <translation>Clients nécessitant une attention (%1)</translation>
    </message>
    <message>
        <source>Every customer is confirmed by your organization or accepted directly.</source>
        <translation>Tous les clients sont confirmés par votre organisation ou ont accepté le contrat directement.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement coverage</source>
        <translation>Couverture du Contrat client Microsoft</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a number of customers and their share</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>%Ln client non confirmé a déjà des achats&#xa0;: il ne peut pas accepter le contrat dans le Centre d&apos;administration Microsoft 365, votre organisation doit donc confirmer son acceptation.</numerusform>
            <numerusform>%Ln clients non confirmés ont déjà des achats&#xa0;: ils ne peuvent pas accepter le contrat dans le Centre d&apos;administration Microsoft 365, votre organisation doit donc confirmer leur acceptation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; their status may be shown as unknown.</source>
        <translation>
            <numerusform>%Ln client n&apos;a pas pu être lu entièrement&#xa0;; son statut peut apparaître comme inconnu.</numerusform>
            <numerusform>%Ln clients n&apos;ont pas pu être lus entièrement&#xa0;; leur statut peut apparaître comme inconnu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CreateCustomerFlow</name>
    <message>
        <source>Creating the customer…</source>
        <translation>Création du client…</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>Enregistrement de la confirmation d&apos;acceptation…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CsvError</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (“Unicode text”), not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>Le fichier est enregistré en UTF-16 («&#xa0;Texte Unicode&#xa0;»), et non en UTF-8. Enregistrez-le à nouveau au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>The file is saved as UTF-32, not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>Le fichier est enregistré en UTF-32, et non en UTF-8. Enregistrez-le à nouveau au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8: the file looks like Latin-1 or another 8-bit code page (such as Windows-1252). Save it again as “CSV UTF-8”.</source>
        <translation>La ligne %1 n&apos;est pas en UTF-8 valide&#xa0;: le fichier semble être en Latin-1 ou dans une autre page de codes 8 bits (comme Windows-1252). Enregistrez-le à nouveau au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>The field starting on line %1 is longer than %2 characters; PartnerDesk stopped reading the file.</source>
        <translation>Le champ qui commence à la ligne %1 dépasse %2 caractères&#xa0;; PartnerDesk a arrêté la lecture du fichier.</translation>
    </message>
    <message>
        <source>The record on line %1 is too large (more than %2 fields or characters); PartnerDesk stopped reading the file.</source>
        <translation>L&apos;enregistrement de la ligne %1 est trop volumineux (plus de %2 champs ou caractères)&#xa0;; PartnerDesk a arrêté la lecture du fichier.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>Le fichier contient plus de %1 lignes&#xa0;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Le fichier dépasse %1 Mo&#xa0;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation>Le champ entre guillemets qui commence à la ligne %1 n&apos;est jamais fermé&#xa0;: il manque un guillemet (&quot;).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Customer</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Syndication</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>Support Microsoft</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerAccountLoader</name>
    <message>
        <source>The customer&apos;s billing address names no country, so its rules are unknown.</source>
        <translation>L&apos;adresse de facturation du client n&apos;indique aucun pays&#xa0;: ses règles sont donc inconnues.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerEvidenceWidget</name>
    <message>
        <source>There are no evidence records for this customer; nothing was written.</source>
        <translation>Ce client n&apos;a aucune preuve&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as PDF</source>
        <translation>Exporter les preuves de ce client au format PDF</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as JSON</source>
        <translation>Exporter les preuves de ce client au format JSON</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln enregistrement écrit dans %1.</numerusform>
            <numerusform>%Ln enregistrements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every confirmation sent from PartnerDesk for this customer, newest first, with the answer Partner Center gave. Kept on this computer.</source>
        <translation>Chaque confirmation envoyée depuis PartnerDesk pour ce client, de la plus récente à la plus ancienne, avec la réponse de l&apos;Espace partenaires. Ces preuves sont conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Evidence records</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;quest id:</source>
        <translation>ID de demand&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;orrelation id:</source>
        <translation>ID de &amp;corrélation&#xa0;:</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de demande</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a JSON file</source>
        <translation>Enregistrer les preuves de ce client dans un fichier JSON</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en PD&amp;F…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a PDF report</source>
        <translation>Enregistrer les preuves de ce client dans un rapport PDF</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer. Confirmations still reach Partner Center, but none is recorded here until PartnerDesk is restarted with the file accessible.</source>
        <translation>Les preuves ne sont pas disponibles&#xa0;: PartnerDesk n&apos;a pas pu ouvrir son fichier de preuves sur cet ordinateur. Les confirmations parviennent toujours à l&apos;Espace partenaires, mais aucune n&apos;est enregistrée ici tant que PartnerDesk n&apos;a pas été redémarré avec le fichier accessible.</translation>
    </message>
    <message>
        <source>No evidence yet: no confirmation for this customer has been sent from PartnerDesk on this computer.</source>
        <translation>Aucune preuve pour le moment&#xa0;: aucune confirmation pour ce client n&apos;a été envoyée depuis PartnerDesk sur cet ordinateur.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListLoader</name>
    <message>
        <source>A page of customers could not be read consistently.</source>
        <translation>Une page de clients n’a pas pu être lue de façon cohérente.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListModel</name>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Pays/région</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>Statut MCA</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the customer and the agreement status again (F5)</source>
        <translation>Relire le client et le statut du contrat (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Account info</source>
        <translation>Informations sur le compte</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Société&#xa0;:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relation&#xa0;:</translation>
    </message>
    <message>
        <source>Subscriptions:</source>
        <translation>Abonnements&#xa0;:</translation>
    </message>
    <message>
        <source>Primary contact:</source>
        <translation>Contact principal&#xa0;:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Adresse de facturation&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrat client Microsoft</translation>
    </message>
    <message>
        <source>Latest confirmation:</source>
        <translation>Dernière confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Direct acceptance:</source>
        <translation>Acceptation directe&#xa0;:</translation>
    </message>
    <message>
        <source>Confirmation &amp;history (newest first)</source>
        <translation>&amp;Historique des confirmations (les plus récentes en premier)</translation>
    </message>
    <message>
        <source>Confirmation history</source>
        <translation>Historique des confirmations</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>Statut du Contrat client Microsoft</translation>
    </message>
    <message>
        <source>Direct acceptance in the Microsoft 365 admin center</source>
        <translation>Acceptation directe dans le Centre d&apos;administration Microsoft 365</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;Mettre à jour…</translation>
    </message>
    <message>
        <source>&amp;Invite to accept…</source>
        <translation>&amp;Inviter à accepter…</translation>
    </message>
    <message>
        <source>Agreement &amp;template…</source>
        <translation>Mo&amp;dèle de contrat…</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Nouvelle commande…</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>Lecture du client…</translation>
    </message>
    <message>
        <source>Reading the agreement status…</source>
        <translation>Lecture du statut du contrat…</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>Lecture des abonnements…</translation>
    </message>
    <message>
        <source>Loading was canceled; what is shown may be incomplete.</source>
        <translation>Le chargement a été annulé&#xa0;; les informations affichées peuvent être incomplètes.</translation>
    </message>
    <message>
        <source>Some of this customer&apos;s details could not be read. %1</source>
        <translation>Certaines informations de ce client n&apos;ont pas pu être lues. %1</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Syndication</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>Support Microsoft</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Customer — Account info</source>
        <translation>Client — Informations sur le compte</translation>
    </message>
    <message>
        <source>%1 · customer id %2</source>
        <translation>%1 · ID client %2</translation>
    </message>
    <message>
        <source>%1 — Account info</source>
        <translation>%1 — Informations sur le compte</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <translation>%1, téléphone %2</translation>
    </message>
    <message>
        <source>%1 (culture %2)</source>
        <translation>%1 (culture %2)</translation>
    </message>
    <message>
        <source>None through your organization</source>
        <translation>Aucun via votre organisation</translation>
    </message>
    <message numerus="yes">
        <source>Through your organization: %n</source>
        <translation>
            <numerusform>Via votre organisation&#xa0;: %n</numerusform>
            <numerusform>Via votre organisation&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Lecture impossible</translation>
    </message>
    <message>
        <source>The agreement status could not be read. Use Retry.</source>
        <translation>Impossible de lire le statut du contrat. Utilisez Réessayer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2.</source>
        <translation>Accepté par %1 le %2.</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>No partner confirmation yet.</source>
        <translation>Aucune confirmation du partenaire pour le moment.</translation>
    </message>
    <message>
        <source>Could not be read.</source>
        <translation>Lecture impossible.</translation>
    </message>
    <message>
        <source>The customer accepted in the Microsoft 365 admin center.</source>
        <translation>Le client a accepté le contrat dans le Centre d&apos;administration Microsoft 365.</translation>
    </message>
    <message>
        <source>Not accepted in the Microsoft 365 admin center.</source>
        <translation>Non accepté dans le Centre d&apos;administration Microsoft 365.</translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for new purchases, so the partner&apos;s confirmation is the record Partner Center relies on. If someone else at the customer accepted the agreement, record that person with Update.</source>
        <translation>
            <numerusform>Ce client a des achats existants via votre organisation (abonnement&#xa0;: %n) et n&apos;a pas accepté le contrat dans le Centre d&apos;administration Microsoft 365. Un client qui a des achats existants via un partenaire ne peut pas l&apos;y accepter pour de nouveaux achats&#xa0;: la confirmation du partenaire est donc l&apos;enregistrement sur lequel s&apos;appuie l&apos;Espace partenaires. Si une autre personne chez le client a accepté le contrat, enregistrez-la avec Mettre à jour.</numerusform>
            <numerusform>Ce client a des achats existants via votre organisation (abonnements&#xa0;: %n) et n&apos;a pas accepté le contrat dans le Centre d&apos;administration Microsoft 365. Un client qui a des achats existants via un partenaire ne peut pas l&apos;y accepter pour de nouveaux achats&#xa0;: la confirmation du partenaire est donc l&apos;enregistrement sur lequel s&apos;appuie l&apos;Espace partenaires. Si une autre personne chez le client a accepté le contrat, enregistrez-la avec Mettre à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for a new purchase: the admin center tells them &quot;Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.&quot; The partner must attest on the customer&apos;s behalf.</source>
        <translation>
            <numerusform>Ce client a des achats existants via votre organisation (abonnement&#xa0;: %n) et n&apos;a pas accepté le contrat dans le Centre d&apos;administration Microsoft 365. Un client qui a des achats existants via un partenaire ne peut pas l&apos;y accepter pour un nouvel achat&#xa0;: le Centre d&apos;administration lui indique «&#xa0;Veuillez contacter votre partenaire pour confirmer votre acceptation du Contrat client Microsoft.&#xa0;» Le partenaire doit attester au nom du client.</numerusform>
            <numerusform>Ce client a des achats existants via votre organisation (abonnements&#xa0;: %n) et n&apos;a pas accepté le contrat dans le Centre d&apos;administration Microsoft 365. Un client qui a des achats existants via un partenaire ne peut pas l&apos;y accepter pour un nouvel achat&#xa0;: le Centre d&apos;administration lui indique «&#xa0;Veuillez contacter votre partenaire pour confirmer votre acceptation du Contrat client Microsoft.&#xa0;» Le partenaire doit attester au nom du client.</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no purchases through your organization yet. If they already buy through another partner, the Microsoft 365 admin center will not let them accept the agreement for your new relationship either (it tells them to reach out to their partner), and the partner must attest on their behalf. Otherwise the customer can accept it in the admin center.</source>
        <translation>Ce client n&apos;a encore aucun achat via votre organisation. S&apos;il achète déjà via un autre partenaire, le Centre d&apos;administration Microsoft 365 ne lui permettra pas non plus d&apos;accepter le contrat pour votre nouvelle relation (il lui indique de contacter son partenaire), et le partenaire doit attester en son nom. Sinon, le client peut l&apos;accepter dans le Centre d&apos;administration.</translation>
    </message>
    <message>
        <source>You prepare that hand-off file with Bulk attestation in the main window; it checks every row before you send it to your provider.</source>
        <translation>Vous préparez ce fichier de transmission avec l&apos;attestation en bloc, dans la fenêtre principale&#xa0;; chaque ligne est vérifiée avant que vous l&apos;envoyiez à votre fournisseur.</translation>
    </message>
    <message>
        <source>An Admin agent or a Sales agent can confirm the customer&apos;s acceptance.</source>
        <translation>Un agent d&apos;administration ou un agent commercial peut confirmer l&apos;acceptation du client.</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance.</source>
        <translation>Pour débloquer les commandes (refusées par l&apos;Espace partenaires avec l&apos;erreur 13605), utilisez Mettre à jour pour confirmer l&apos;acceptation du client.</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance, or Invite to accept to ask the customer to accept it in the Microsoft 365 admin center.</source>
        <translation>Pour débloquer les commandes (refusées par l&apos;Espace partenaires avec l&apos;erreur 13605), utilisez Mettre à jour pour confirmer l&apos;acceptation du client, ou Inviter à accepter pour demander au client de l&apos;accepter dans le Centre d&apos;administration Microsoft 365.</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has a confirmation with exactly this contact, so nothing new was recorded.</source>
        <translation>Déjà confirmé&#xa0;: l&apos;Espace partenaires a une confirmation avec exactement ce contact&#xa0;; rien de nouveau n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Saved: %1&apos;s acceptance on %2 is recorded.</source>
        <translation>Enregistré&#xa0;: l&apos;acceptation de %1 le %2 est enregistrée.</translation>
    </message>
    <message>
        <source>(The answer was lost on the way; PartnerDesk read the confirmations and found it recorded.)</source>
        <translation>(La réponse a été perdue en route&#xa0;; PartnerDesk a lu les confirmations et l&apos;a trouvée enregistrée.)</translation>
    </message>
    <message>
        <source>The customer could not be read. Use Retry.</source>
        <translation>Impossible de lire le client. Utilisez Réessayer.</translation>
    </message>
    <message>
        <source>Confirm who at the customer accepted the Microsoft Customer Agreement, and when</source>
        <translation>Confirmer qui, chez le client, a accepté le Contrat client Microsoft, et à quelle date</translation>
    </message>
    <message>
        <source>Write an email inviting the customer to accept the agreement in the Microsoft 365 admin center</source>
        <translation>Rédiger un e-mail invitant le client à accepter le contrat dans le Centre d&apos;administration Microsoft 365</translation>
    </message>
    <message>
        <source>Open or download the agreement for the customer&apos;s country</source>
        <translation>Ouvrir ou télécharger le contrat pour le pays du client</translation>
    </message>
    <message>
        <source>Place an order; the customer&apos;s acceptance is checked first</source>
        <translation>Passer une commande&#xa0;; l&apos;acceptation du client est vérifiée d&apos;abord</translation>
    </message>
    <message>
        <source>Open or download the agreement; the customer&apos;s address names no country, so choose it there</source>
        <translation>Ouvrir ou télécharger le contrat&#xa0;; l&apos;adresse du client n&apos;indique aucun pays, choisissez-le dans la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Prepare a file for your provider…</source>
        <translation>Préparer un fichier pour votre fo&amp;urnisseur…</translation>
    </message>
    <message>
        <source>Bulk attestation checks every row of a CSV file and saves the rows that pass as a file for your indirect provider</source>
        <translation>L&apos;attestation en bloc vérifie chaque ligne d&apos;un fichier CSV et enregistre les lignes validées dans un fichier pour votre fournisseur indirect</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk (%1)</source>
        <translation>&amp;Preuves envoyées depuis PartnerDesk (%1)</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk</source>
        <translation>&amp;Preuves envoyées depuis PartnerDesk</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignIn</name>
    <message>
        <source>The sign-in service did not answer with a code and a page to enter it.</source>
        <translation>Le service de connexion n&apos;a pas fourni de code ni de page où l&apos;entrer.</translation>
    </message>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>Le service de connexion a répondu sans jeton.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignInDialog</name>
    <message>
        <source>The code is copied. Paste it on the sign-in page.</source>
        <translation>Le code est copié. Collez-le dans la page de connexion.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open %1 in a browser yourself.</source>
        <translation>Impossible d&apos;ouvrir un navigateur. Ouvrez vous-même %1 dans un navigateur.</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>Se connecter à l&apos;Espace partenaires</translation>
    </message>
    <message>
        <source>Sign in with your work account — an Admin agent or Sales agent account of your partner organization — on Microsoft&apos;s sign-in page: open the page, enter the code below and complete the sign-in there, multi-factor authentication included. PartnerDesk waits here and continues by itself.</source>
        <translation>Connectez-vous avec votre compte professionnel — un compte d&apos;agent d&apos;administration ou d&apos;agent commercial de votre organisation partenaire — sur la page de connexion de Microsoft&#xa0;: ouvrez la page, entrez le code ci-dessous et terminez-y la connexion, authentification multifacteur comprise. PartnerDesk attend ici et continue automatiquement.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;py code</source>
        <translation>Co&amp;pier le code</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open sign-in page</source>
        <translation>&amp;Ouvrir la page de connexion</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>Sign-in service: %1 · Tenant: %2 · Application (client) ID: %3</source>
        <translation>Service de connexion&#xa0;: %1 · Locataire&#xa0;: %2 · ID d&apos;application (client)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Demande d&apos;un code de connexion à Microsoft…</translation>
    </message>
    <message>
        <source>Set the application (client) ID registered for PartnerDesk in Settings (Connection), then sign in again.</source>
        <translation>Définissez l&apos;ID d&apos;application (client) inscrit pour PartnerDesk dans Paramètres (Connexion), puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>No connection to the sign-in service right now. PartnerDesk keeps trying; the code stays valid until %1.</source>
        <translation>Le service de connexion est injoignable pour le moment. PartnerDesk continue d&apos;essayer&#xa0;; le code reste valide jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in on the page… The code is valid until %1.</source>
        <translation>En attente de votre connexion sur la page… Le code est valide jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DocumentDownload</name>
    <message>
        <source>Choose an existing folder for the download.</source>
        <translation>Choisissez un dossier existant pour le téléchargement.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The link has expired; PartnerDesk fetches a fresh one on the next try.</source>
        <translation>Le lien a expiré&#xa0;; PartnerDesk en récupérera un nouveau à la prochaine tentative.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceExportDialog</name>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>Le dernier jour ne peut pas être antérieur au premier jour.</translation>
    </message>
    <message>
        <source>There are no evidence records in this period; nothing was written.</source>
        <translation>Aucune preuve sur cette période&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Exporter les preuves</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln enregistrement écrit dans %1.</numerusform>
            <numerusform>%Ln enregistrements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the evidence records of every customer confirmed from PartnerDesk on this computer in a period. The days are those of your time zone; both are included.</source>
        <translation>Exportez les preuves de tous les clients confirmés depuis PartnerDesk sur cet ordinateur au cours d&apos;une période. Les jours sont ceux de votre fuseau horaire&#xa0;; le premier et le dernier sont inclus.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>Rapport PD&amp;F</translation>
    </message>
    <message>
        <source>&amp;JSON file</source>
        <translation>Fichier &amp;JSON</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer.</source>
        <translation>Les preuves ne sont pas disponibles&#xa0;: PartnerDesk n&apos;a pas pu ouvrir son fichier de preuves sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceReport</name>
    <message>
        <source>Evidence of Microsoft Customer Agreement confirmations</source>
        <translation>Preuves des confirmations du Contrat client Microsoft</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>(no partner name in Settings)</source>
        <translation>(aucun nom de partenaire dans les paramètres)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>%1 (customer id %2)</source>
        <translation>%1 (ID client %2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2, both included</source>
        <translation>Du %1 au %2 inclus</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Date de génération</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Each row is one confirmation sent from PartnerDesk and the answer Partner Center gave. Times are UTC. The request and correlation ids identify the request to Microsoft support. Contact data is removed from records older than the retention period set in Settings.</source>
        <translation>Chaque ligne correspond à une confirmation envoyée depuis PartnerDesk et à la réponse de l&apos;Espace partenaires. Les heures sont en UTC. Les ID de demande et de corrélation permettent au support Microsoft d&apos;identifier la demande. Les données de contact sont supprimées des enregistrements plus anciens que la durée de conservation définie dans les paramètres.</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Enregistré (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Contact and acceptance date</source>
        <translation>Contact et date d&apos;acceptation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Customer, request, correlation and template ids</source>
        <translation>ID de client, de demande, de corrélation et de modèle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>Accepté le %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Already confirmed (code %1)</source>
        <translation>Déjà confirmé (code %1)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1, code %2)</source>
        <translation>Échec (HTTP %1, code %2)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>Échec (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed (code %1)</source>
        <translation>Échec (code %1)</translation>
    </message>
    <message>
        <source>Failed (no answer from the service)</source>
        <translation>Échec (aucune réponse du service)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>PartnerDesk window</source>
        <translation>Fenêtre PartnerDesk</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>Attestation en bloc</translation>
    </message>
    <message>
        <source>Bulk attestation (command line)</source>
        <translation>Attestation en bloc (ligne de commande)</translation>
    </message>
    <message>
        <source>Removed after the retention period</source>
        <translation>Supprimé après la durée de conservation</translation>
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
        <translation>Les données de contact ont été supprimées le %1 (UTC), après la durée de conservation définie dans les paramètres.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID demande</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>ID corrélation</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationComposer</name>
    <message>
        <source>Rewrite the message?</source>
        <translation>Réécrire le message&#xa0;?</translation>
    </message>
    <message>
        <source>The message is written again from the template, and your changes to it are replaced.</source>
        <translation>Le message est réécrit à partir du modèle, et vos modifications sont remplacées.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>Request a reseller relationship</source>
        <translation>Demander une relation de revendeur</translation>
    </message>
    <message>
        <source>Invite to accept the Microsoft Customer Agreement</source>
        <translation>Inviter à accepter le Contrat client Microsoft</translation>
    </message>
    <message>
        <source>Invite %1 to accept you as their reseller. Partner Center provides the link: a global administrator of the customer opens it, signs in to the Microsoft 365 admin center and accepts the relationship and, if not done yet, the Microsoft Customer Agreement.</source>
        <translation>Invitez %1 à vous accepter comme revendeur. L&apos;Espace partenaires fournit le lien&#xa0;: un administrateur général du client l&apos;ouvre, se connecte au Centre d&apos;administration Microsoft 365 et accepte la relation et, si ce n&apos;est pas encore fait, le Contrat client Microsoft.</translation>
    </message>
    <message>
        <source>Invite %1 to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. A global administrator of the customer signs in at the link in the email and accepts the agreement there.</source>
        <translation>Invitez %1 à accepter le Contrat client Microsoft dans le Centre d&apos;administration Microsoft 365. Un administrateur général du client se connecte via le lien de l&apos;e-mail et y accepte le contrat.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Message (preview while you edit the template):</source>
        <translation>&amp;Message (aperçu pendant la modification du modèle)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>Tem&amp;plate (with placeholders):</source>
        <translation>Modèle (avec es&amp;paces réservés)&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders: {{link}} the invitation link · {{partner}} your company · {{customer}} the customer · {{userName}} and {{password}} the sign-in details, used only between {{#credentials}} and {{/credentials}}. A first line “Subject: …” becomes the subject.</source>
        <translation>Espaces réservés&#xa0;: {{link}} le lien d&apos;invitation · {{partner}} votre société · {{customer}} le client · {{userName}} et {{password}} les informations de connexion, utilisables uniquement entre {{#credentials}} et {{/credentials}}. Une première ligne «&#xa0;Subject: …&#xa0;» devient l&apos;objet.</translation>
    </message>
    <message>
        <source>Language of the email</source>
        <translation>Langue de l&apos;e-mail</translation>
    </message>
    <message>
        <source>The language of the template. It starts with the customer&apos;s language.</source>
        <translation>Langue du modèle. Par défaut, celle du client.</translation>
    </message>
    <message>
        <source>Recipient&apos;s email address</source>
        <translation>Adresse e-mail du destinataire</translation>
    </message>
    <message>
        <source>admin@customer.example</source>
        <translation>admin@customer.example</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Template with placeholders</source>
        <translation>Modèle avec espaces réservés</translation>
    </message>
    <message>
        <source>Fetching the relationship link</source>
        <translation>Récupération du lien de relation</translation>
    </message>
    <message>
        <source>Asking Partner Center for the relationship link…</source>
        <translation>Demande du lien de relation à l&apos;Espace partenaires…</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Include the customer&apos;s sign-in details (user name and password)</source>
        <translation>&amp;Inclure les informations de connexion du client (nom d&apos;utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>&amp;Hide template</source>
        <translation>Mas&amp;quer le modèle</translation>
    </message>
    <message>
        <source>&amp;Edit template</source>
        <translation>Modi&amp;fier le modèle</translation>
    </message>
    <message>
        <source>Change the template this email is written from, and keep it for this language.</source>
        <translation>Modifier le modèle à partir duquel cet e-mail est rédigé, et le conserver pour cette langue.</translation>
    </message>
    <message>
        <source>Sa&amp;ve as my template</source>
        <translation>&amp;Enregistrer comme mon modèle</translation>
    </message>
    <message>
        <source>PartnerDesk uses this template for every invitation in this language.</source>
        <translation>PartnerDesk utilise ce modèle pour toutes les invitations dans cette langue.</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Ré&amp;tablir par défaut</translation>
    </message>
    <message>
        <source>Go back to the template that comes with PartnerDesk.</source>
        <translation>Revenir au modèle fourni avec PartnerDesk.</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copier dans le Presse-papiers</translation>
    </message>
    <message>
        <source>Copies the subject and the message as plain text.</source>
        <translation>Copie l&apos;objet et le message en texte brut.</translation>
    </message>
    <message>
        <source>&amp;Open in email</source>
        <translation>&amp;Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Your company&apos;s name is not set, so the email says “%1”. Set it under Settings → Partner name, or replace it in the message.</source>
        <translation>Le nom de votre société n&apos;est pas défini&#xa0;: l&apos;e-mail indique donc «&#xa0;%1&#xa0;». Définissez-le dans Paramètres → Nom du partenaire, ou remplacez-le dans le message.</translation>
    </message>
    <message>
        <source>Replace your changes?</source>
        <translation>Remplacer vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The message is written again from the template in %1, and your changes to it are replaced.</source>
        <translation>Le message est réécrit à partir du modèle (%1), et vos modifications sont remplacées.</translation>
    </message>
    <message>
        <source>The relationship link did not arrive: %1</source>
        <translation>Le lien de relation n&apos;est pas arrivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for the relationship link from Partner Center.</source>
        <translation>En attente du lien de relation de l&apos;Espace partenaires.</translation>
    </message>
    <message>
        <source>The relationship link is missing. Use “Try again” to ask Partner Center once more.</source>
        <translation>Le lien de relation est manquant. Utilisez «&#xa0;Réessayer&#xa0;» pour le redemander à l&apos;Espace partenaires.</translation>
    </message>
    <message>
        <source>Opens a new email with this subject and message in your mail program.</source>
        <translation>Ouvre un nouvel e-mail avec cet objet et ce message dans votre messagerie.</translation>
    </message>
    <message>
        <source>Your own template for %1 is used.</source>
        <translation>Votre propre modèle pour %1 est utilisé.</translation>
    </message>
    <message>
        <source>PartnerDesk has no template in %1 yet, so the English one is shown. Edit it and save it as your template for %1.</source>
        <translation>PartnerDesk n&apos;a pas encore de modèle pour %1&#xa0;: le modèle anglais est affiché. Modifiez-le et enregistrez-le comme votre modèle pour %1.</translation>
    </message>
    <message>
        <source>This email contains the customer&apos;s password. Send it only to the customer&apos;s administrator, and ask them to change the password when they first sign in.</source>
        <translation>Cet e-mail contient le mot de passe du client. Envoyez-le uniquement à l&apos;administrateur du client et demandez-lui de changer le mot de passe lors de sa première connexion.</translation>
    </message>
    <message>
        <source>Edit the template?</source>
        <translation>Modifier le modèle&#xa0;?</translation>
    </message>
    <message>
        <source>While you edit the template, the message is written from it, and your changes to the message are replaced.</source>
        <translation>Pendant que vous modifiez le modèle, le message est rédigé à partir de celui-ci, et vos modifications du message sont remplacées.</translation>
    </message>
    <message>
        <source>Saved. PartnerDesk now writes invitations in %1 from this template.</source>
        <translation>Enregistré. PartnerDesk rédige désormais les invitations pour %1 à partir de ce modèle.</translation>
    </message>
    <message>
        <source>Reset the template?</source>
        <translation>Rétablir le modèle&#xa0;?</translation>
    </message>
    <message>
        <source>Your template for %1 is forgotten and PartnerDesk&apos;s own is used again.</source>
        <translation>Votre modèle pour %1 est oublié et celui de PartnerDesk est de nouveau utilisé.</translation>
    </message>
    <message>
        <source>PartnerDesk&apos;s template for %1 is used again.</source>
        <translation>Le modèle de PartnerDesk pour %1 est de nouveau utilisé.</translation>
    </message>
    <message>
        <source>The subject and the message are on the clipboard. Paste them into an email.</source>
        <translation>L&apos;objet et le message sont dans le Presse-papiers. Collez-les dans un e-mail.</translation>
    </message>
    <message>
        <source>This address cannot be put into an email link: it holds characters such as “&amp;”, “?”, “,” or “;”. Enter one plain address.</source>
        <translation>Cette adresse ne peut pas être insérée dans un lien e-mail&#xa0;: elle contient des caractères comme «&#xa0;&amp;&#xa0;», «&#xa0;?&#xa0;», «&#xa0;,&#xa0;» ou «&#xa0;;&#xa0;». Entrez une seule adresse simple.</translation>
    </message>
    <message>
        <source>No mail program opened the email. Use “Copy to clipboard” and paste the text into your email instead.</source>
        <translation>Aucune messagerie n&apos;a ouvert l&apos;e-mail. Utilisez «&#xa0;Copier dans le Presse-papiers&#xa0;» et collez plutôt le texte dans votre e-mail.</translation>
    </message>
    <message>
        <source>The email is open in your mail program. Check it there and send it.</source>
        <translation>L&apos;e-mail est ouvert dans votre messagerie. Vérifiez-le, puis envoyez-le.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationDraft</name>
    <message>
        <source>[your company name]</source>
        <translation>[nom de votre société]</translation>
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
        <translation>PartnerDesk — Bac à sable</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Ouvrir le client</translation>
    </message>
    <message>
        <source>New &amp;order</source>
        <translation>Nouvelle &amp;commande</translation>
    </message>
    <message>
        <source>Request a &amp;reseller relationship</source>
        <translation>Demander une relation de &amp;revendeur</translation>
    </message>
    <message>
        <source>Agreement &amp;template</source>
        <translation>&amp;Modèle de contrat</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Search company or domain (Ctrl+F)</source>
        <translation>Rechercher une société ou un domaine (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Filter by MCA status</source>
        <translation>Filtrer par statut MCA</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Connected to: Sandbox</source>
        <translation>Connexion&#xa0;: Bac à sable</translation>
    </message>
    <message>
        <source>Connected to: Partner Center</source>
        <translation>Connexion&#xa0;: Espace partenaires</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2, %3)</source>
        <translation>Connecté en tant que %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Sélectionnez d&apos;abord un client.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 sur %n client</numerusform>
            <numerusform>%1 sur %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(chargement…)</translation>
    </message>
    <message>
        <source>Co&amp;verage dashboard…</source>
        <translation>Cou&amp;verture MCA…</translation>
    </message>
    <message>
        <source>E&amp;xport evidence…</source>
        <translation>E&amp;xporter les preuves…</translation>
    </message>
    <message>
        <source>&amp;Bulk attestation…</source>
        <translation>Attestation en &amp;bloc…</translation>
    </message>
    <message>
        <source>Confirm many customers at once from a CSV file, checked row by row first</source>
        <translation>Confirmer de nombreux clients en une fois à partir d&apos;un fichier CSV, vérifié d&apos;abord ligne par ligne</translation>
    </message>
    <message>
        <source>Check a CSV file row by row and save it for the partner who confirms</source>
        <translation>Vérifier un fichier CSV ligne par ligne et l&apos;enregistrer pour le partenaire qui confirme</translation>
    </message>
    <message>
        <source>Save the evidence records of a period as a PDF report or a JSON file</source>
        <translation>Enregistrer les preuves d&apos;une période dans un rapport PDF ou un fichier JSON</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file</source>
        <translation>Les preuves ne sont pas disponibles&#xa0;: PartnerDesk n&apos;a pas pu ouvrir son fichier de preuves</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;ompte</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Changer d&apos;&amp;utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>%1
Tenant: %2</source>
        <translation>%1
Locataire&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NewCustomerWizard</name>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>&amp;Next: Microsoft agreement</source>
        <translation>&amp;Suivant&#xa0;: contrat Microsoft</translation>
    </message>
    <message>
        <source>&amp;Next: Review</source>
        <translation>&amp;Suivant&#xa0;: vérification</translation>
    </message>
    <message>
        <source>Discard the new customer?</source>
        <translation>Abandonner le nouveau client&#xa0;?</translation>
    </message>
    <message>
        <source>The details you entered for the new customer will be lost.</source>
        <translation>Les informations saisies pour le nouveau client seront perdues.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
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
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>New order for %1</source>
        <translation>Nouvelle commande pour %1</translation>
    </message>
    <message>
        <source>Before ordering, PartnerDesk checks that the customer accepted the Microsoft Customer Agreement. If nobody has confirmed it and the customer has not accepted it in the Microsoft 365 admin center, you are asked to confirm their acceptance first.</source>
        <translation>Avant la commande, PartnerDesk vérifie que le client a accepté le Contrat client Microsoft. Si personne ne l&apos;a confirmé et que le client ne l&apos;a pas accepté dans le Centre d&apos;administration Microsoft 365, vous êtes d&apos;abord invité à confirmer son acceptation.</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Offre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quantity (licenses):</source>
        <translation>&amp;Quantité (licences)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Billing cycle:</source>
        <translation>&amp;Cycle de facturation&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Cycle de facturation</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>&amp;Passer la commande</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The order was not placed: the customer&apos;s acceptance of the Microsoft Customer Agreement is not confirmed.</source>
        <translation>La commande n&apos;a pas été passée&#xa0;: l&apos;acceptation du Contrat client Microsoft par le client n&apos;est pas confirmée.</translation>
    </message>
    <message>
        <source>The order was placed.</source>
        <translation>La commande a été passée.</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s acceptance first.</source>
        <translation>Confirmez d&apos;abord l&apos;acceptation du client.</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>Envoi de la commande…</translation>
    </message>
    <message>
        <source>Check the customer&apos;s acceptance and place the order (Enter)</source>
        <translation>Vérifier l&apos;acceptation du client et passer la commande (Enter)</translation>
    </message>
    <message>
        <source>Checking the customer&apos;s acceptance and placing the order…</source>
        <translation>Vérification de l&apos;acceptation du client, puis envoi de la commande…</translation>
    </message>
    <message>
        <source>Waiting for the confirmation of the customer&apos;s acceptance…</source>
        <translation>En attente de la confirmation de l&apos;acceptation du client…</translation>
    </message>
    <message>
        <source>Recording the confirmation, then placing the order…</source>
        <translation>Enregistrement de la confirmation, puis envoi de la commande…</translation>
    </message>
    <message>
        <source>Stop; nothing you chose is lost (Esc)</source>
        <translation>Arrêter&#xa0;; vos choix sont conservés (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>The order was placed. Order number: %1</source>
        <translation>La commande a été passée. Numéro de commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Commande passée</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Canceled. If the order reached Partner Center before you canceled, it shows among the customer&apos;s subscriptions; check there before ordering again.</source>
        <translation>Annulé. Si la commande est parvenue à l&apos;Espace partenaires avant l&apos;annulation, elle apparaît parmi les abonnements du client&#xa0;; vérifiez-les avant de commander à nouveau.</translation>
    </message>
    <message>
        <source>The order was not placed. %1</source>
        <translation>La commande n&apos;a pas été passée. %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerCenterClient</name>
    <message>
        <source>The service address “%1” is not a valid URL.</source>
        <translation>L&apos;adresse du service «&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>PartnerDesk refuses to send your sign-in over plain http to %1. Use an https:// address; plain http is allowed only for this computer (127.0.0.1).</source>
        <translation>PartnerDesk refuse d&apos;envoyer vos informations de connexion en http non chiffré vers %1. Utilisez une adresse https://&#xa0;; le http non chiffré n&apos;est autorisé que pour cet ordinateur (127.0.0.1).</translation>
    </message>
    <message>
        <source>The service address must start with https://.</source>
        <translation>L&apos;adresse du service doit commencer par https://.</translation>
    </message>
    <message>
        <source>The service sent a link to another address; PartnerDesk did not follow it.</source>
        <translation>Le service a envoyé un lien vers une autre adresse&#xa0;; PartnerDesk ne l&apos;a pas suivi.</translation>
    </message>
    <message>
        <source>The service sent the same page of customers again and again.</source>
        <translation>Le service a renvoyé sans cesse la même page de clients.</translation>
    </message>
    <message>
        <source>The service kept sending pages of customers past %L1, more than any partner has.</source>
        <translation>Le service a continué d’envoyer des pages de clients au-delà de %L1, plus qu’aucun partenaire n’en a.</translation>
    </message>
    <message>
        <source>The service named a next page that is not read with GET.</source>
        <translation>Le service a indiqué une page suivante qui ne se lit pas avec GET.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerConfirmationChannel</name>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>L&apos;Espace partenaires n&apos;a indiqué aucun modèle de Contrat client Microsoft.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PdfReport</name>
    <message>
        <source>The report could not be laid out.</source>
        <translation>Impossible de mettre en page le rapport.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>report line: a label, then its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PermissionPolicy</name>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can confirm customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>Seul un agent d&apos;administration ou un agent commercial peut confirmer l&apos;acceptation du Contrat client Microsoft par le client.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can do this.</source>
        <translation>Seul un agent d&apos;administration ou un agent commercial peut effectuer cette action.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can place orders.</source>
        <translation>Seul un agent d&apos;administration ou un agent commercial peut passer des commandes.</translation>
    </message>
    <message>
        <source>Only an Admin agent, a Sales agent or a Global admin can invite customers.</source>
        <translation>Seul un agent d&apos;administration, un agent commercial ou un administrateur général peut inviter des clients.</translation>
    </message>
    <message>
        <source>Your role can view customers and their agreement status, but not change them.</source>
        <translation>Votre rôle permet de consulter les clients et le statut de leur contrat, mais pas de les modifier.</translation>
    </message>
    <message>
        <source>Indirect resellers cannot attest on behalf of their customers. Work with your indirect provider: prepare a confirmation file for them, or invite the customer to accept in the Microsoft 365 admin center.</source>
        <translation>Les revendeurs indirects ne peuvent pas attester au nom de leurs clients. Collaborez avec votre fournisseur indirect&#xa0;: préparez-lui un fichier de confirmation ou invitez le client à accepter le contrat dans le Centre d&apos;administration Microsoft 365.</translation>
    </message>
    <message>
        <source>Only indirect resellers hand confirmations to a provider; you can confirm directly.</source>
        <translation>Seuls les revendeurs indirects transmettent les confirmations à un fournisseur&#xa0;; vous pouvez confirmer directement.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ReviewPage</name>
    <message>
        <source>Creating the customer was canceled. If Partner Center had already received the request, the customer may exist anyway: check the customer list before you try again.</source>
        <translation>La création du client a été annulée. Si l&apos;Espace partenaires avait déjà reçu la demande, le client existe peut-être quand même&#xa0;: vérifiez la liste des clients avant de réessayer.</translation>
    </message>
    <message>
        <source>The customer was not created. %1</source>
        <translation>Le client n&apos;a pas été créé. %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Check the details. To change something, go back. Nothing is created until you select Create customer.</source>
        <translation>Vérifiez les informations. Pour modifier quelque chose, revenez en arrière. Rien n&apos;est créé tant que vous n&apos;avez pas sélectionné Créer le client.</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>&amp;Créer le client</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrat client Microsoft</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nom de la société&#xa0;:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Nom de domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Company phone:</source>
        <translation>Téléphone de la société&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Numéro de téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Culture:</source>
        <translation>Culture&#xa0;:</translation>
    </message>
    <message>
        <source>Acceptance:</source>
        <translation>Acceptation&#xa0;:</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Accepté par&#xa0;:</translation>
    </message>
    <message>
        <source>Acceptance date:</source>
        <translation>Date d&apos;acceptation&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel creating</source>
        <translation>Annuler la création</translation>
    </message>
    <message>
        <source>Stops waiting for Partner Center. Nothing you entered is lost.</source>
        <translation>Arrête d&apos;attendre l&apos;Espace partenaires. Vos saisies ne sont pas perdues.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>You confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Vous confirmez que le client a accepté le Contrat client Microsoft.</translation>
    </message>
    <message>
        <source>The customer will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Until then, the customer cannot buy.</source>
        <translation>Le client sera invité à accepter le Contrat client Microsoft dans le Centre d&apos;administration Microsoft 365. D&apos;ici là, il ne peut pas acheter.</translation>
    </message>
    <message>
        <source>The customer is being created…</source>
        <translation>Création du client en cours…</translation>
    </message>
    <message>
        <source>Go back and correct this: %1</source>
        <translation>Revenez en arrière pour corriger ceci&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxAccounts</name>
    <message>
        <source>The sandbox runs on this computer (127.0.0.1) only.</source>
        <translation>Le bac à sable s&apos;exécute uniquement sur cet ordinateur (127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxSignInDialog</name>
    <message>
        <source>Sign in to the sandbox</source>
        <translation>Se connecter au bac à sable</translation>
    </message>
    <message>
        <source>The sandbox imitates Partner Center on this computer. Choose who you are: each demo user has the role and partner type shown, and PartnerDesk enables what that role may do.</source>
        <translation>Le bac à sable imite l&apos;Espace partenaires sur cet ordinateur. Choisissez qui vous êtes&#xa0;: chaque utilisateur de démonstration a le rôle et le type de partenaire indiqués, et PartnerDesk active ce que ce rôle permet.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>Utilisateurs de démonstration</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Session</name>
    <message>
        <source>Admin agent</source>
        <translation>Agent d&apos;administration</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <translation>Agent commercial</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <translation>Agent du support technique</translation>
    </message>
    <message>
        <source>Global admin</source>
        <translation>Administrateur général</translation>
    </message>
    <message>
        <source>Billing admin</source>
        <translation>Administrateur de facturation</translation>
    </message>
    <message>
        <source>Direct bill partner</source>
        <translation>Partenaire de facturation directe</translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation>Fournisseur indirect</translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation>Revendeur indirect</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Changes take effect when you choose OK or Apply.</source>
        <translation>Les modifications prennent effet lorsque vous choisissez OK ou Appliquer.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language of PartnerDesk</source>
        <translation>Langue de PartnerDesk</translation>
    </message>
    <message>
        <source>More languages arrive with PartnerDesk&apos;s translations.</source>
        <translation>D&apos;autres langues arriveront avec les traductions de PartnerDesk.</translation>
    </message>
    <message>
        <source>Partner &amp;name:</source>
        <translation>&amp;Nom du partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Nom du partenaire</translation>
    </message>
    <message>
        <source>Your company&apos;s name, as customers know it</source>
        <translation>Le nom de votre société, tel que les clients le connaissent</translation>
    </message>
    <message>
        <source>Signs the invitation emails. When it is empty, PartnerDesk uses the name from your sign-in, if there is one.</source>
        <translation>Signe les e-mails d&apos;invitation. S&apos;il est vide, PartnerDesk utilise le nom issu de votre connexion, s&apos;il y en a un.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Sandbox (on this computer, with demo customers)</source>
        <translation>Bac à sable (sur cet ordinateur, avec des clients de démonstration)</translation>
    </message>
    <message>
        <source>Partner Center</source>
        <translation>Espace partenaires</translation>
    </message>
    <message>
        <source>Used when the connection is Partner Center. The role and partner type below apply only when the sign-in does not name them.</source>
        <translation>Utilisé lorsque la connexion est Espace partenaires. Le rôle et le type de partenaire ci-dessous s&apos;appliquent uniquement si l&apos;identité de connexion ne les indique pas.</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>A&amp;dresse de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Partner Center API address</source>
        <translation>Adresse de l&apos;API de l&apos;Espace partenaires</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>A&amp;utorité&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in authority address</source>
        <translation>Adresse de l&apos;autorité de connexion</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>L&amp;ocataire&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>“organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>«&#xa0;organizations&#xa0;», ou l&apos;ID ou le domaine de votre locataire partenaire.</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>&amp;ID d&apos;application (client)&#xa0;:</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Role when the sign-in names none</source>
        <translation>Rôle si l&apos;identité de connexion n&apos;en indique aucun</translation>
    </message>
    <message>
        <source>Partner t&amp;ype:</source>
        <translation>&amp;Type de partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>Partner type when the sign-in names none</source>
        <translation>Type de partenaire si l&apos;identité de connexion n&apos;en indique aucun</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>De&amp;mo customers:</source>
        <translation>Clients de dé&amp;monstration&#xa0;:</translation>
    </message>
    <message>
        <source>Number of demo customers in a new sandbox</source>
        <translation>Nombre de clients de démonstration dans un nouveau bac à sable</translation>
    </message>
    <message>
        <source>Re&amp;set sandbox data…</source>
        <translation>Réinitiali&amp;ser les données du bac à sable…</translation>
    </message>
    <message>
        <source>Deletes everything in the sandbox and creates the demo customers again.</source>
        <translation>Supprime tout le contenu du bac à sable et recrée les clients de démonstration.</translation>
    </message>
    <message>
        <source>How many demo customers a new sandbox gets. Resetting the sandbox deletes its customers, confirmations and orders and creates new ones.</source>
        <translation>Nombre de clients de démonstration d&apos;un nouveau bac à sable. La réinitialisation du bac à sable supprime ses clients, confirmations et commandes, et en crée de nouveaux.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>&amp;Keep contact data for:</source>
        <translation>Conser&amp;ver les données de contact&#xa0;:</translation>
    </message>
    <message>
        <source>Days to keep contact data in evidence records</source>
        <translation>Nombre de jours de conservation des données de contact dans les preuves</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>After this many days, names, email addresses and phone numbers are removed from evidence records; the confirmations themselves are kept. The lowest setting, Always, keeps them.</source>
        <translation>Après ce nombre de jours, les noms, adresses e-mail et numéros de téléphone sont supprimés des preuves&#xa0;; les confirmations elles-mêmes sont conservées. Le paramètre le plus bas, Toujours, les conserve.</translation>
    </message>
    <message>
        <source>Applying this change restarts the connection: PartnerDesk signs out and connects again.</source>
        <translation>L&apos;application de cette modification redémarre la connexion&#xa0;: PartnerDesk se déconnecte, puis se reconnecte.</translation>
    </message>
    <message>
        <source>Signing in to Partner Center comes with a later version of PartnerDesk; until then use the sandbox to try it out.</source>
        <translation>La connexion à l&apos;Espace partenaires arrivera avec une version ultérieure de PartnerDesk&#xa0;; d&apos;ici là, utilisez le bac à sable pour l&apos;essayer.</translation>
    </message>
    <message>
        <source>Enter an address such as https://api.partnercenter.microsoft.com.</source>
        <translation>Entrez une adresse comme https://api.partnercenter.microsoft.com.</translation>
    </message>
    <message>
        <source>Enter “organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>Entrez «&#xa0;organizations&#xa0;», ou l&apos;ID ou le domaine de votre locataire partenaire.</translation>
    </message>
    <message>
        <source>A tenant is “organizations”, a tenant ID or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Un locataire est «&#xa0;organizations&#xa0;», un ID de locataire ou un domaine comme contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>An application (client) ID looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation>Un ID d&apos;application (client) ressemble à 00000000-0000-0000-0000-000000000000.</translation>
    </message>
    <message>
        <source>Reset the sandbox?</source>
        <translation>Réinitialiser le bac à sable&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>This deletes every customer, confirmation and order in the sandbox and creates %n new demo customer(s). Partner Center is not affected.</source>
        <translation>
            <numerusform>Cette opération supprime tous les clients, confirmations et commandes du bac à sable, et crée %n nouveau client de démonstration. L&apos;Espace partenaires n&apos;est pas concerné.</numerusform>
            <numerusform>Cette opération supprime tous les clients, confirmations et commandes du bac à sable, et crée %n nouveaux clients de démonstration. L&apos;Espace partenaires n&apos;est pas concerné.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::StatusPresentation</name>
    <message>
        <source>Confirmed by partner</source>
        <translation>Confirmé par le partenaire</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>Accepté directement</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Your organization confirmed that the customer accepted the Microsoft Customer Agreement.</source>
        <translation>Votre organisation a confirmé que le client a accepté le Contrat client Microsoft.</translation>
    </message>
    <message>
        <source>The customer accepted the Microsoft Customer Agreement in the Microsoft 365 admin center.</source>
        <translation>Le client a accepté le Contrat client Microsoft dans le Centre d&apos;administration Microsoft 365.</translation>
    </message>
    <message>
        <source>Neither a partner confirmation nor a direct acceptance exists. Orders for this customer are blocked.</source>
        <translation>Il n&apos;existe ni confirmation du partenaire ni acceptation directe. Les commandes de ce client sont bloquées.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::TokenEndpoint</name>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>Le service de connexion a répondu sans jeton.</translation>
    </message>
    <message>
        <source>Demo users sign in to the sandbox on this computer (127.0.0.1) only.</source>
        <translation>Les utilisateurs de démonstration se connectent au bac à sable uniquement sur cet ordinateur (127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Validation</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Agreement acceptance date</source>
        <translation>Date d&apos;acceptation du contrat</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de la société</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Nom de domaine</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Ligne d&apos;adresse 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Ligne d&apos;adresse 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Pays/région</translation>
    </message>
    <message>
        <source>Company phone number</source>
        <translation>Numéro de téléphone de la société</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Utilisez %n caractère au maximum.</numerusform>
            <numerusform>Utilisez %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the tabs, line breaks or other control characters.</source>
        <translation>Supprimez les tabulations, sauts de ligne ou autres caractères de contrôle.</translation>
    </message>
    <message>
        <source>Use only Latin letters (a–z) and digits (0–9).</source>
        <translation>Utilisez uniquement des lettres latines (a–z) et des chiffres (0–9).</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that email addresses cannot use.</source>
        <translation>La partie avant le @ contient un caractère interdit dans les adresses e-mail.</translation>
    </message>
    <message>
        <source>Names cannot contain digits or symbols such as @, &lt;, &gt; or #.</source>
        <translation>Les noms ne peuvent pas contenir de chiffres ni de symboles comme @, &lt;, &gt; ou #.</translation>
    </message>
    <message>
        <source>Use a culture code such as en-US.</source>
        <translation>Utilisez un code de culture comme en-US.</translation>
    </message>
    <message>
        <source>Use a language code such as en or fr.</source>
        <translation>Utilisez un code de langue comme en ou fr.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed here.</source>
        <translation>Ce champ contient des caractères non autorisés ici.</translation>
    </message>
    <message>
        <source>Enter a name with at least one letter.</source>
        <translation>Entrez un nom comportant au moins une lettre.</translation>
    </message>
    <message>
        <source>An email address needs an @ between the name and the domain, as in name@example.com.</source>
        <translation>Une adresse e-mail doit contenir un @ entre le nom et le domaine, comme dans nom@example.com.</translation>
    </message>
    <message>
        <source>An email address can contain only one @.</source>
        <translation>Une adresse e-mail ne peut contenir qu&apos;un seul @.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>Une adresse e-mail ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>Enter the name before the @.</source>
        <translation>Entrez le nom avant le @.</translation>
    </message>
    <message numerus="yes">
        <source>The part before the @ can have at most %n character(s).</source>
        <translation>
            <numerusform>La partie avant le @ ne peut pas dépasser %n caractère.</numerusform>
            <numerusform>La partie avant le @ ne peut pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>An email address cannot have a dot right after the @ or at its start.</source>
        <translation>Une adresse e-mail ne peut pas commencer par un point ni avoir un point juste après le @.</translation>
    </message>
    <message>
        <source>An email address cannot end with a dot or have a dot right before the @.</source>
        <translation>Une adresse e-mail ne peut pas se terminer par un point ni avoir un point juste avant le @.</translation>
    </message>
    <message>
        <source>An email address cannot contain two dots in a row.</source>
        <translation>Une adresse e-mail ne peut pas contenir deux points consécutifs.</translation>
    </message>
    <message>
        <source>The domain after the @ is incomplete; it looks like example.com.</source>
        <translation>Le domaine après le @ est incomplet&#xa0;; il doit ressembler à example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ is not a valid domain name.</source>
        <translation>Le domaine après le @ n&apos;est pas un nom de domaine valide.</translation>
    </message>
    <message numerus="yes">
        <source>An email address can have at most %n character(s).</source>
        <translation>
            <numerusform>Une adresse e-mail ne peut pas dépasser %n caractère.</numerusform>
            <numerusform>Une adresse e-mail ne peut pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use only digits, spaces, dashes, dots, parentheses and a leading +.</source>
        <translation>Utilisez uniquement des chiffres, des espaces, des tirets, des points, des parenthèses et un + initial.</translation>
    </message>
    <message numerus="yes">
        <source>A phone number needs at least %n digit(s).</source>
        <translation>
            <numerusform>Un numéro de téléphone doit comporter au moins %n chiffre.</numerusform>
            <numerusform>Un numéro de téléphone doit comporter au moins %n chiffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A phone number can have at most %n digit(s).</source>
        <translation>
            <numerusform>Un numéro de téléphone ne peut pas dépasser %n chiffre.</numerusform>
            <numerusform>Un numéro de téléphone ne peut pas dépasser %n chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a phone number format of the customer&apos;s country.</source>
        <translation>Ce format de numéro de téléphone n&apos;est pas celui du pays du client.</translation>
    </message>
    <message>
        <source>Enter a real date in the form YYYY-MM-DD.</source>
        <translation>Entrez une date réelle au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The acceptance date cannot be in the future. Partner Center counts days in UTC, so the latest date allowed now is %1.</source>
        <translation>La date d&apos;acceptation ne peut pas être dans le futur. L&apos;Espace partenaires compte les jours en UTC&#xa0;: la date la plus récente autorisée actuellement est le %1.</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement did not exist yet; use a date from %1 on.</source>
        <translation>Le Contrat client Microsoft n&apos;existait pas encore&#xa0;; utilisez une date à partir du %1.</translation>
    </message>
    <message>
        <source>This postal code does not have the format used in the customer&apos;s country.</source>
        <translation>Ce code postal n&apos;a pas le format utilisé dans le pays du client.</translation>
    </message>
    <message>
        <source>Choose a state or province from the list for this country.</source>
        <translation>Choisissez un État ou une province dans la liste pour ce pays.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>Utilisez un code pays à deux lettres, par exemple US ou DE.</translation>
    </message>
    <message>
        <source>The customer&apos;s country does not support this value; choose one from the list.</source>
        <translation>Le pays du client ne prend pas en charge cette valeur&#xa0;; choisissez-en une dans la liste.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A Partner Center look-alike on 127.0.0.1 for tests and demos.</source>
        <translation>Une imitation de l&apos;Espace partenaires sur 127.0.0.1 pour les tests et les démonstrations.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation>Port sur 127.0.0.1 (0 = n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>SQLite file (default: a temporary file removed on exit).</source>
        <translation>Fichier SQLite (par défaut&#xa0;: un fichier temporaire supprimé à la fermeture).</translation>
    </message>
    <message>
        <source>Customers to seed into a new database.</source>
        <translation>Clients à générer dans une nouvelle base de données.</translation>
    </message>
    <message>
        <source>Seed of the generated data.</source>
        <translation>Graine des données générées.</translation>
    </message>
    <message>
        <source>Requests per minute before 429 (0 = no throttling).</source>
        <translation>Demandes par minute avant 429 (0 = aucune limitation).</translation>
    </message>
    <message>
        <source>Access token lifetime.</source>
        <translation>Durée de vie du jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Start JSON bodies with a UTF-8 byte-order mark.</source>
        <translation>Commencer les corps JSON par une marque d&apos;ordre d&apos;octet (BOM) UTF-8.</translation>
    </message>
    <message>
        <source>PartnerDesk: confirm and review customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>PartnerDesk&#xa0;: confirmer et examiner l&apos;acceptation du Contrat client Microsoft par les clients.</translation>
    </message>
    <message>
        <source>Use the sandbox whatever Settings say.</source>
        <translation>Utiliser le bac à sable, quels que soient les paramètres.</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fail this share of /v1 requests, in percent per kind: 429, 500, 503, drop-before, drop-after, slow, malformed, or all (spread evenly); e.g. 429=5,drop-after=2 or all=20.</source>
        <translation>Faire échouer cette part des requêtes /v1, en pourcentage par type&#xa0;: 429, 500, 503, drop-before, drop-after, slow, malformed, ou all (réparti également)&#xa0;; p.&#xa0;ex. 429=5,drop-after=2 ou all=20.</translation>
    </message>
    <message>
        <source>Seed of the fault decisions.</source>
        <translation>Graine des décisions de panne.</translation>
    </message>
    <message>
        <source>Retry-After of an injected 429.</source>
        <translation>Retry-After d&apos;une réponse 429 injectée.</translation>
    </message>
    <message>
        <source>How long a slow answer is held back (past the client&apos;s timeout).</source>
        <translation>Durée pendant laquelle une réponse lente est retenue (au-delà du délai d&apos;attente du client).</translation>
    </message>
</context>
</TS>
