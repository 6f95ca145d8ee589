<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>PartnerDesk::AccountInfoPage</name>
    <message>
        <source>Account info</source>
        <translation>Información de la cuenta</translation>
    </message>
    <message>
        <source>Enter the company&apos;s details and its primary contact.</source>
        <translation>Escriba los datos de la empresa y de su contacto principal.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The customer&apos;s initial Microsoft 365 domain. Use Latin letters and digits; it cannot be changed after the customer is created.</source>
        <translation>El dominio inicial de Microsoft 365 del cliente. Use letras latinas y dígitos; no se puede cambiar una vez creado el cliente.</translation>
    </message>
    <message>
        <source>Followed by %1. Availability is checked as you type.</source>
        <translation>Seguido de %1. La disponibilidad se comprueba mientras escribe.</translation>
    </message>
    <message>
        <source>for example contoso</source>
        <translation>por ejemplo, contoso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>The language of Microsoft&apos;s messages to the customer.</source>
        <translation>El idioma de los mensajes de Microsoft al cliente.</translation>
    </message>
    <message>
        <source>How dates, numbers and currency are shown to the customer.</source>
        <translation>Cómo se muestran al cliente las fechas, los números y la moneda.</translation>
    </message>
    <message>
        <source>The person Microsoft and you contact about this customer&apos;s account.</source>
        <translation>La persona con la que Microsoft y usted se ponen en contacto sobre la cuenta de este cliente.</translation>
    </message>
    <message>
        <source>Use the &amp;suggested address</source>
        <translation>Usar la dirección &amp;sugerida</translation>
    </message>
    <message>
        <source>C&amp;ompany name</source>
        <translation>&amp;Nombre de la empresa</translation>
    </message>
    <message>
        <source>&amp;Domain name</source>
        <translation>Nombre de &amp;dominio</translation>
    </message>
    <message>
        <source>Co&amp;untry/region</source>
        <translation>&amp;País o región</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>Línea de dirección &amp;1</translation>
    </message>
    <message>
        <source>Address line &amp;2 (optional)</source>
        <translation>Línea de dirección &amp;2 (opcional)</translation>
    </message>
    <message>
        <source>Ci&amp;ty (optional)</source>
        <translation>&amp;Ciudad (opcional)</translation>
    </message>
    <message>
        <source>Ci&amp;ty</source>
        <translation>&amp;Ciudad</translation>
    </message>
    <message>
        <source>&amp;State or province (optional)</source>
        <translation>&amp;Estado o provincia (opcional)</translation>
    </message>
    <message>
        <source>&amp;State or province</source>
        <translation>&amp;Estado o provincia</translation>
    </message>
    <message>
        <source>Postal &amp;code (optional)</source>
        <translation>Código p&amp;ostal (opcional)</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>Código p&amp;ostal</translation>
    </message>
    <message>
        <source>Company p&amp;hone (optional)</source>
        <translation>&amp;Teléfono de la empresa (opcional)</translation>
    </message>
    <message>
        <source>Company p&amp;hone</source>
        <translation>&amp;Teléfono de la empresa</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Cultu&amp;re</source>
        <translation>&amp;Referencia cultural</translation>
    </message>
    <message>
        <source>Reading Partner Center&apos;s address rules for %1…</source>
        <translation>Leyendo las reglas de direcciones del Centro de partners para %1…</translation>
    </message>
    <message>
        <source>Partner Center has no address rules for %1, so only general checks apply here. Partner Center checks the address when the customer is created.</source>
        <translation>El Centro de partners no tiene reglas de direcciones para %1, así que aquí solo se aplican comprobaciones generales. El Centro de partners comprueba la dirección al crear el cliente.</translation>
    </message>
    <message>
        <source>The address rules for %1 could not be read, so only general checks apply here. Partner Center checks the address when the customer is created. %2</source>
        <translation>No se pudieron leer las reglas de direcciones para %1, así que aquí solo se aplican comprobaciones generales. El Centro de partners comprueba la dirección al crear el cliente. %2</translation>
    </message>
    <message>
        <source>Checking whether %1 is available…</source>
        <translation>Comprobando si %1 está disponible…</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 está disponible.</translation>
    </message>
    <message>
        <source>%1 is already taken. Choose another domain name.</source>
        <translation>%1 ya está en uso. Elija otro nombre de dominio.</translation>
    </message>
    <message>
        <source>Whether %1 is available could not be checked; Partner Center checks it when the customer is created. %2</source>
        <translation>No se pudo comprobar si %1 está disponible; el Centro de partners lo comprueba al crear el cliente. %2</translation>
    </message>
    <message>
        <source>Partner Center recognises this address.</source>
        <translation>El Centro de partners reconoce esta dirección.</translation>
    </message>
    <message>
        <source>Partner Center suggests: %1</source>
        <translation>El Centro de partners sugiere: %1</translation>
    </message>
    <message>
        <source>Partner Center could not verify this address. Check the street, city and postal code before you go on.</source>
        <translation>El Centro de partners no pudo verificar esta dirección. Compruebe la calle, la ciudad y el código postal antes de continuar.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementHistoryModel</name>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrato de cliente de Microsoft</translation>
    </message>
    <message>
        <source>Microsoft Cloud Agreement</source>
        <translation>Contrato de Microsoft Cloud</translation>
    </message>
    <message>
        <source>Template %1
%2</source>
        <translation>Plantilla %1
%2</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Aceptado el</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Aceptado por</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementPage</name>
    <message>
        <source>Microsoft agreement</source>
        <translation>Contrato de Microsoft</translation>
    </message>
    <message>
        <source>How does the customer accept the Microsoft Customer Agreement?</source>
        <translation>¿Cómo acepta el cliente el Contrato de cliente de Microsoft?</translation>
    </message>
    <message>
        <source>A customer can buy only after accepting the Microsoft Customer Agreement. Either confirm that the customer has already accepted it, or let the customer accept it in the Microsoft 365 admin center.</source>
        <translation>Un cliente solo puede comprar después de aceptar el Contrato de cliente de Microsoft. Confirme que el cliente ya lo ha aceptado, o deje que lo acepte en el Centro de administración de Microsoft 365.</translation>
    </message>
    <message>
        <source>&amp;Confirm the customer&apos;s acceptance now (partner attestation)</source>
        <translation>&amp;Confirmar ahora la aceptación del cliente (el partner da fe)</translation>
    </message>
    <message>
        <source>The customer &amp;has accepted the Microsoft Customer Agreement</source>
        <translation>El cliente &amp;ha aceptado el Contrato de cliente de Microsoft</translation>
    </message>
    <message>
        <source>The person who accepted the agreement, and when. Make sure these details are correct; if they are not, select Update and enter the details of the person who accepted it.</source>
        <translation>La persona que aceptó el contrato y cuándo. Asegúrese de que estos datos son correctos; si no lo son, seleccione Actualizar y escriba los datos de la persona que lo aceptó.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Enter a different person who accepted the agreement.</source>
        <translation>Escriba otra persona que aceptó el contrato.</translation>
    </message>
    <message>
        <source>&amp;Reset to the primary contact</source>
        <translation>&amp;Restablecer al contacto principal</translation>
    </message>
    <message>
        <source>The customer &amp;will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center</source>
        <translation>Se &amp;pedirá al cliente que acepte el Contrato de cliente de Microsoft en el Centro de administración de Microsoft 365</translation>
    </message>
    <message>
        <source>New customers cannot make a purchase until they accept the agreement. After the customer is created, PartnerDesk prepares the invitation email with the link to the Microsoft 365 admin center and the new customer&apos;s sign-in details.</source>
        <translation>Los clientes nuevos no pueden comprar hasta que acepten el contrato. Una vez creado el cliente, PartnerDesk prepara el correo de invitación con el vínculo al Centro de administración de Microsoft 365 y los datos de inicio de sesión del nuevo cliente.</translation>
    </message>
    <message>
        <source>View the agreement &amp;template…</source>
        <translation>Ver la plan&amp;tilla del contrato…</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific: this opens the template for the customer&apos;s country.</source>
        <translation>El Contrato de cliente de Microsoft es específico de cada país: se abre la plantilla del país del cliente.</translation>
    </message>
    <message>
        <source>Tick the box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Active la casilla para confirmar que el cliente ha aceptado el Contrato de cliente de Microsoft.</translation>
    </message>
    <message>
        <source>Tick this box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Active esta casilla para confirmar que el cliente ha aceptado el Contrato de cliente de Microsoft.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateDialog</name>
    <message>
        <source>Microsoft Customer Agreement template</source>
        <translation>Plantilla del Contrato de cliente de Microsoft</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific. Choose the customer&apos;s country (it comes from the billing address) and a language offered there, then open the template or download it as a Word document.</source>
        <translation>El Contrato de cliente de Microsoft es específico de cada país. Elija el país del cliente (procede de la dirección de facturación) y un idioma disponible allí; después abra la plantilla o descárguela como documento de Word.</translation>
    </message>
    <message>
        <source>&amp;Country/region:</source>
        <translation>&amp;País o región:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Links to the template expire after five minutes, so PartnerDesk asks Partner Center for a new one each time you open or download it.</source>
        <translation>Los vínculos a la plantilla caducan a los cinco minutos, por lo que PartnerDesk pide uno nuevo al Centro de partners cada vez que la abre o la descarga.</translation>
    </message>
    <message>
        <source>Country or region of the agreement</source>
        <translation>País o región del contrato</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>Idioma del contrato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Abrir en el &amp;explorador</translation>
    </message>
    <message>
        <source>Opens the template in your web browser.</source>
        <translation>Abre la plantilla en el explorador web.</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Descargar…</translation>
    </message>
    <message>
        <source>Saves the template as a Word document in a file you choose.</source>
        <translation>Guarda la plantilla como documento de Word en el archivo que elija.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Canceled: only English is listed. Choose the country again to load its languages.</source>
        <translation>Cancelado: solo aparece el inglés. Vuelva a elegir el país para cargar sus idiomas.</translation>
    </message>
    <message>
        <source>PartnerDesk could not load the languages offered in %1, so only English is listed. %2</source>
        <translation>PartnerDesk no pudo cargar los idiomas disponibles en %1, así que solo aparece el inglés. %2</translation>
    </message>
    <message>
        <source>Loading the languages offered in %1…</source>
        <translation>Cargando los idiomas disponibles en %1…</translation>
    </message>
    <message>
        <source>Asking Partner Center for a new link to the template…</source>
        <translation>Pidiendo al Centro de partners un vínculo nuevo a la plantilla…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Wait until the languages are loaded.</source>
        <translation>Espere a que se carguen los idiomas.</translation>
    </message>
    <message>
        <source>Wait for the current download, or cancel it.</source>
        <translation>Espere a que termine la descarga actual o cancélela.</translation>
    </message>
    <message>
        <source>Choose a country with a template first.</source>
        <translation>Primero elija un país que tenga plantilla.</translation>
    </message>
    <message>
        <source>No web browser opened the template. Use “Download” to save it instead.</source>
        <translation>Ningún explorador web abrió la plantilla. Use «Descargar» para guardarla.</translation>
    </message>
    <message>
        <source>The template is open in your browser. Its link works for five minutes; PartnerDesk gets a new one the next time.</source>
        <translation>La plantilla está abierta en el explorador. Su vínculo funciona durante cinco minutos; la próxima vez PartnerDesk obtiene uno nuevo.</translation>
    </message>
    <message>
        <source>Partner Center has no version in %1 and sent %2.</source>
        <translation>El Centro de partners no tiene versión en %1 y envió %2.</translation>
    </message>
    <message>
        <source>Save the agreement template</source>
        <translation>Guardar la plantilla del contrato</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documentos de Word (*.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was downloaded.</source>
        <translation>No se descargó nada.</translation>
    </message>
    <message>
        <source>Downloading… %1 of %2</source>
        <translation>Descargando… %1 de %2</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Descargando… %1</translation>
    </message>
    <message>
        <source>Saved “%1” (%2) in %3.</source>
        <translation>Se guardó «%1» (%2) en %3.</translation>
    </message>
    <message>
        <source>The download was canceled; nothing was saved.</source>
        <translation>Se canceló la descarga; no se guardó nada.</translation>
    </message>
    <message>
        <source>The template was not saved. %1</source>
        <translation>No se guardó la plantilla. %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateSource</name>
    <message>
        <source>Partner Center sent a template link PartnerDesk will not open. %1</source>
        <translation>El Centro de partners envió un vínculo de plantilla que PartnerDesk no abrirá. %1</translation>
    </message>
    <message>
        <source>Partner Center lists no Microsoft Customer Agreement template.</source>
        <translation>El Centro de partners no incluye ninguna plantilla del Contrato de cliente de Microsoft.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiCall</name>
    <message>
        <source>The answer was larger than %1 MB and was not read.</source>
        <translation>La respuesta superaba los %1 MB y no se leyó.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>La respuesta no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The answer is cut short or is not JSON.</source>
        <translation>La respuesta está incompleta o no es JSON.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiError</name>
    <message>
        <source>PartnerDesk cannot reach the service. Check the network connection and try again.</source>
        <translation>PartnerDesk no puede conectar con el servicio. Compruebe la conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>El servicio no respondió a tiempo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost, so PartnerDesk cannot tell whether it took effect. Check the current state before trying again.</source>
        <translation>La solicitud se envió, pero se perdió la respuesta, así que PartnerDesk no sabe si se aplicó. Compruebe el estado actual antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The service sent an answer PartnerDesk cannot read.</source>
        <translation>El servicio envió una respuesta que PartnerDesk no puede leer.</translation>
    </message>
    <message>
        <source>The request was refused before it was sent.</source>
        <translation>La solicitud se rechazó antes de enviarse.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again; what you have entered is kept.</source>
        <translation>Su sesión ha caducado. Vuelva a iniciar sesión; lo que ha escrito se conserva.</translation>
    </message>
    <message>
        <source>A partner confirmation with exactly this contact already exists for this customer, so nothing new was recorded.</source>
        <translation>Ya existe una confirmación del partner con exactamente este contacto para este cliente, así que no se registró nada nuevo.</translation>
    </message>
    <message>
        <source>The customer has not accepted the Microsoft Customer Agreement yet: confirm their acceptance, or ask them to accept it in the Microsoft 365 admin center, before you place this order.</source>
        <translation>El cliente aún no ha aceptado el Contrato de cliente de Microsoft: confirme su aceptación o pídale que lo acepte en el Centro de administración de Microsoft 365 antes de realizar este pedido.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center is limiting how fast requests may be sent. PartnerDesk will try again in %n second(s).</source>
        <translation>
            <numerusform>El Centro de partners está limitando la velocidad de las solicitudes. PartnerDesk volverá a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>El Centro de partners está limitando la velocidad de las solicitudes. PartnerDesk volverá a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center is limiting how fast requests may be sent. Try again shortly.</source>
        <translation>El Centro de partners está limitando la velocidad de las solicitudes. Vuelva a intentarlo en breve.</translation>
    </message>
    <message>
        <source>Partner Center did not accept your sign-in. Sign in again.</source>
        <translation>El Centro de partners no aceptó su inicio de sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Partner Center refused this action for your account.</source>
        <translation>El Centro de partners rechazó esta acción para su cuenta.</translation>
    </message>
    <message>
        <source>Partner Center could not find it.</source>
        <translation>El Centro de partners no lo encontró.</translation>
    </message>
    <message>
        <source>Partner Center had a problem of its own. Try again later.</source>
        <translation>El Centro de partners tuvo un problema propio. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Partner Center refused the request.</source>
        <translation>El Centro de partners rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>El servicio indicó: «%1»</translation>
    </message>
    <message>
        <source>(error %1, HTTP %2)</source>
        <translation>(error %1, HTTP %2)</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>(error %1)</source>
        <translation>(error %1)</translation>
    </message>
    <message>
        <source>Partner Center requires multi-factor authentication (MFA) for access by an app with a user since April 2026. Sign in again and complete the MFA prompt; if none appears, ask your administrator to require MFA for your account.</source>
        <translation>Desde abril de 2026, el Centro de partners exige la autenticación multifactor (MFA) para el acceso de una aplicación en nombre de un usuario. Vuelva a iniciar sesión y complete la solicitud de MFA; si no aparece ninguna, pida a su administrador que exija MFA para su cuenta.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again and enter the new code within the time shown.</source>
        <translation>El código de inicio de sesión ha caducado antes de usarse. Vuelva a empezar el inicio de sesión y escriba el código nuevo dentro del plazo indicado.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the sign-in page. Start it again if that was a mistake.</source>
        <translation>El inicio de sesión se rechazó en la página de inicio de sesión. Vuelva a empezarlo si fue un error.</translation>
    </message>
    <message>
        <source>The sign-in service does not know this code. Start the sign-in again.</source>
        <translation>El servicio de inicio de sesión no reconoce este código. Vuelva a empezar el inicio de sesión.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (it expired or was revoked). Sign in again.</source>
        <translation>Su inicio de sesión ya no es válido (ha caducado o se ha revocado). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in service does not accept the application (client) ID set in Settings for this kind of sign-in. Check the ID with your administrator.</source>
        <translation>El servicio de inicio de sesión no acepta el id. de aplicación (cliente) establecido en Configuración para este tipo de inicio de sesión. Compruebe el id. con su administrador.</translation>
    </message>
    <message>
        <source>The sign-in service refused the request. Check the authority, tenant and application (client) ID in Settings.</source>
        <translation>El servicio de inicio de sesión rechazó la solicitud. Compruebe la autoridad, el inquilino y el id. de aplicación (cliente) en Configuración.</translation>
    </message>
    <message>
        <source>The service answered with an error of its own, and reading the current state afterwards failed, so PartnerDesk cannot tell whether the request took effect. Check the current state before trying again.</source>
        <translation>El servicio respondió con un error propio y después no se pudo leer el estado actual, por lo que PartnerDesk no puede saber si la solicitud surtió efecto. Compruebe el estado actual antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>PartnerDesk could not verify the service&apos;s certificate, so it sent nothing. Check the service address in Settings; a network that inspects encrypted traffic needs its certificate installed on this computer.</source>
        <translation>PartnerDesk no pudo verificar el certificado del servicio, así que no envió nada. Compruebe la dirección del servicio en Configuración; una red que inspecciona el tráfico cifrado necesita tener su certificado instalado en este equipo.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AppController</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>The new connection is used the next time PartnerDesk starts.</source>
        <translation>La nueva conexión se usará la próxima vez que se inicie PartnerDesk.</translation>
    </message>
    <message>
        <source>Reset sandbox data</source>
        <translation>Restablecer los datos del espacio aislado</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only</source>
        <translation>Inicio de sesión guardado solo para esta sesión</translation>
    </message>
    <message>
        <source>This computer has no secret store PartnerDesk can use (such as GNOME Keyring or KWallet), so your sign-in is kept in memory only: PartnerDesk asks you to sign in again the next time it starts. Nothing is written to a file.</source>
        <translation>Este equipo no tiene ningún depósito de claves que PartnerDesk pueda usar (como GNOME Keyring o KWallet), así que su inicio de sesión solo se guarda en memoria: PartnerDesk le pedirá que vuelva a iniciar sesión la próxima vez que se inicie. No se escribe nada en ningún archivo.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AttentionListModel</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>Estado de MCA</translation>
    </message>
    <message>
        <source>Has purchases</source>
        <translation>Tiene compras</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <translation>Compruebe el archivo con --dry-run y entrégueselo a su proveedor indirecto, que es quien lo ejecuta.</translation>
    </message>
    <message>
        <source>Checking %1 rows of %2 (dry run: nothing is sent).</source>
        <translation>Comprobando %1 filas de %2 (simulación: no se envía nada).</translation>
    </message>
    <message>
        <source>Confirming %1 rows of %2 (journal: %3).</source>
        <translation>Confirmando %1 filas de %2 (diario: %3).</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 valid, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>%1/%2 filas: %3 válidas, %4 ya confirmadas, %5 no válidas, %6 con error, %7 omitidas</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 confirmed, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>%1/%2 filas: %3 confirmadas, %4 ya confirmadas, %5 no válidas, %6 con error, %7 omitidas</translation>
    </message>
    <message>
        <source>; about %1 left</source>
        <translation>; quedan unos %1</translation>
    </message>
    <message numerus="yes">
        <source>; throttled %n time(s)</source>
        <translation>
            <numerusform>; limitado %n vez</numerusform>
            <numerusform>; limitado %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>La ejecución se detuvo: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Throttled (429)</source>
        <translation>Limitadas (429)</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationRunner</name>
    <message>
        <source>The same customer, contact and date as line %1: not sent twice.</source>
        <translation>El mismo cliente, contacto y fecha que la línea %1: no se envía dos veces.</translation>
    </message>
    <message>
        <source>No customer of yours has this ID.</source>
        <translation>Ninguno de sus clientes tiene este id.</translation>
    </message>
    <message>
        <source>No customer of yours has the domain %1.</source>
        <translation>Ninguno de sus clientes tiene el dominio %1.</translation>
    </message>
    <message>
        <source>The customer with this ID has the domain %1, not %2.</source>
        <translation>El cliente con este id. tiene el dominio %1, no %2.</translation>
    </message>
    <message>
        <source>Confirmed: found recorded after an interrupted run, not sent again.</source>
        <translation>Confirmado: registrado tras una ejecución interrumpida; no se volvió a enviar.</translation>
    </message>
    <message>
        <source>Line %1 confirms the same contact for this customer; Partner Center keeps one confirmation per contact.</source>
        <translation>La línea %1 confirma el mismo contacto para este cliente; el Centro de partners guarda una confirmación por contacto.</translation>
    </message>
    <message>
        <source>Partner Center already has a confirmation with this contact (accepted on %1); nothing was sent.</source>
        <translation>El Centro de partners ya tiene una confirmación con este contacto (aceptado el %1); no se envió nada.</translation>
    </message>
    <message>
        <source>Valid: would be confirmed.</source>
        <translation>Válido: se confirmaría.</translation>
    </message>
    <message>
        <source>The journal could not be written (%1); nothing was sent.</source>
        <translation>No se pudo escribir el diario (%1); no se envió nada.</translation>
    </message>
    <message>
        <source>Partner Center already had a confirmation with this contact (600061).</source>
        <translation>El Centro de partners ya tenía una confirmación con este contacto (600061).</translation>
    </message>
    <message>
        <source>Confirmed: the answer was lost, and reading showed the confirmation recorded.</source>
        <translation>Confirmado: se perdió la respuesta y la lectura mostró la confirmación registrada.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Confirmado.</translation>
    </message>
    <message>
        <source>Not sent: the run stopped because Partner Center could not be used (%1).</source>
        <translation>No enviado: la ejecución se detuvo porque no se pudo usar el Centro de partners (%1).</translation>
    </message>
    <message>
        <source>Canceled while being sent: the next run with the same journal reads the customer&apos;s confirmations before sending again.</source>
        <translation>Cancelado durante el envío: la próxima ejecución con el mismo diario lee las confirmaciones del cliente antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Not done: the run was canceled. Run the file again with the same journal to finish it.</source>
        <translation>Sin hacer: se canceló la ejecución. Vuelva a ejecutar el archivo con el mismo diario para terminarla.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationWindow</name>
    <message numerus="yes">
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>Queda aproximadamente %Ln segundo</numerusform>
            <numerusform>Quedan aproximadamente %Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>Queda aproximadamente %Ln minuto</numerusform>
            <numerusform>Quedan aproximadamente %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translation>Quedan aproximadamente %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2 rows shown</source>
        <translation>Filas mostradas: %1 de %2</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>Confirmación masiva</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
        <source>Open a CSV file with one confirmation per row (Ctrl+O); you can also drop it here</source>
        <translation>Abrir un archivo CSV con una confirmación por fila (Ctrl+O); también puede arrastrarlo aquí</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>M&amp;ostrar:</translation>
    </message>
    <message>
        <source>Which rows to show</source>
        <translation>Filas que mostrar</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>A&amp;dvanced options</source>
        <translation>Opciones a&amp;vanzadas</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>Solicitudes &amp;simultáneas:</translation>
    </message>
    <message>
        <source>How many requests are in flight at most</source>
        <translation>Número máximo de solicitudes en curso a la vez</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>Solicitudes por &amp;minuto:</translation>
    </message>
    <message>
        <source>Partner Center allows about 500 requests a minute per tenant; the default leaves room for other tools</source>
        <translation>El Centro de partners permite unas 500 solicitudes por minuto por inquilino; el valor predeterminado deja margen para otras herramientas</translation>
    </message>
    <message>
        <source>Nothing new is sent while paused; requests already sent finish</source>
        <translation>No se envía nada nuevo mientras está en pausa; las solicitudes ya enviadas terminan</translation>
    </message>
    <message>
        <source>C&amp;ancel run</source>
        <translation>Ca&amp;ncelar ejecución</translation>
    </message>
    <message>
        <source>Stops the run; rows not done stay in the journal and are sent when you continue or open the file again</source>
        <translation>Detiene la ejecución; las filas pendientes quedan en el diario y se envían al continuar o al volver a abrir el archivo</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>&amp;Guardar resultados…</translation>
    </message>
    <message>
        <source>Every row of the file with its outcome, code and message, as CSV</source>
        <translation>Cada fila del archivo con su resultado, código y mensaje, en formato CSV</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>Bulk attestation is running</source>
        <translation>La confirmación masiva está en curso</translation>
    </message>
    <message>
        <source>%1 of %2 rows are done. Cancel the run and close the window?</source>
        <translation>Filas completadas: %1 de %2. ¿Cancelar la ejecución y cerrar la ventana?</translation>
    </message>
    <message>
        <source>Rows not done stay in the journal: open the same file again to finish them; no row is sent twice. Choose No to keep the run going.</source>
        <translation>Las filas pendientes quedan en el diario: vuelva a abrir el mismo archivo para terminarlas; ninguna fila se envía dos veces. Elija No para que la ejecución continúe.</translation>
    </message>
    <message>
        <source>Open a bulk attestation file</source>
        <translation>Abrir un archivo de confirmación masiva</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>No se puede usar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>An earlier run of this file already settled %Ln row(s). Confirming continues with the rest; no row is sent twice.</source>
        <translation>
            <numerusform>Una ejecución anterior de este archivo ya procesó %Ln fila. La confirmación continúa con el resto; ninguna fila se envía dos veces.</numerusform>
            <numerusform>Una ejecución anterior de este archivo ya procesó %Ln filas. La confirmación continúa con el resto; ninguna fila se envía dos veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln row(s) not done yet to Partner Center?</source>
        <translation>
            <numerusform>¿Enviar al Centro de partners %Ln fila pendiente?</numerusform>
            <numerusform>¿Enviar al Centro de partners las %Ln filas pendientes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln confirmation(s) to Partner Center, for %1?</source>
        <translation>
            <numerusform>¿Enviar %Ln confirmación al Centro de partners, para %1?</numerusform>
            <numerusform>¿Enviar %Ln confirmaciones al Centro de partners, para %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Each one records that the contact named in the row accepted the Microsoft Customer Agreement on the date given. Rows with problems are not sent.</source>
        <translation>Cada una registra que el contacto indicado en la fila aceptó el Contrato de cliente de Microsoft en la fecha indicada. Las filas con problemas no se envían.</translation>
    </message>
    <message>
        <source>Confirm customers</source>
        <translation>Confirmar clientes</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>Filas: %1 de %2</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>Deteniendo: esperando a las solicitudes ya enviadas…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Calculando el tiempo restante…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down (%Ln time(s)); PartnerDesk waits as it asks.</source>
        <translation>
            <numerusform>El Centro de partners pidió reducir la velocidad (%Ln vez); PartnerDesk espera el tiempo que indica.</numerusform>
            <numerusform>El Centro de partners pidió reducir la velocidad (%Ln veces); PartnerDesk espera el tiempo que indica.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check stopped: %1</source>
        <translation>La comprobación se detuvo: %1</translation>
    </message>
    <message>
        <source>No row can be sent. Correct the marked cells in the file and open it again.</source>
        <translation>No se puede enviar ninguna fila. Corrija las celdas marcadas en el archivo y vuelva a abrirlo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can go in the file you hand over.</source>
        <translation>
            <numerusform>%Ln fila superó la comprobación y puede ir en el archivo que entregue.</numerusform>
            <numerusform>%Ln filas superaron la comprobación y pueden ir en el archivo que entregue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can be sent. Nothing has been sent yet.</source>
        <translation>
            <numerusform>%Ln fila superó la comprobación y se puede enviar. Aún no se ha enviado nada.</numerusform>
            <numerusform>%Ln filas superaron la comprobación y se pueden enviar. Aún no se ha enviado nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems: they are marked in the table.</source>
        <translation>
            <numerusform>%Ln fila tiene problemas: está marcada en la tabla.</numerusform>
            <numerusform>%Ln filas tienen problemas: están marcadas en la tabla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 confirmed, %2 already confirmed, %3 invalid, %4 failed, %5 skipped.</source>
        <translation>Terminado: %1 confirmadas, %2 ya confirmadas, %3 no válidas, %4 con error, %5 omitidas.</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>La ejecución se detuvo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are not done; Continue sends them (nothing is sent twice).</source>
        <translation>
            <numerusform>%Ln fila está pendiente; Continuar la envía (no se envía nada dos veces).</numerusform>
            <numerusform>%Ln filas están pendientes; Continuar las envía (no se envía nada dos veces).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Guardar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The results of %Ln row(s) were saved to %1.</source>
        <translation>
            <numerusform>Los resultados de %Ln fila se guardaron en %1.</numerusform>
            <numerusform>Los resultados de %Ln filas se guardaron en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) that passed the check were saved to %1.</source>
        <translation>
            <numerusform>%Ln fila que superó la comprobación se guardó en %1.</numerusform>
            <numerusform>%Ln filas que superaron la comprobación se guardaron en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln row(s) are listed with their problems in %1.</source>
        <translation>
            <numerusform>%Ln fila restante aparece con sus problemas en %1.</numerusform>
            <numerusform>Las %Ln filas restantes aparecen con sus problemas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indirect resellers cannot confirm; your indirect provider runs this file with Bulk attestation or `partnerdesk-cli bulk attest`. Open the file here to check every row, then save the rows that passed as a file for your provider.</source>
        <translation>Los revendedores indirectos no pueden confirmar; su proveedor indirecto ejecuta este archivo con la confirmación masiva o con `partnerdesk-cli bulk attest`. Abra aquí el archivo para comprobar cada fila y, después, guarde las filas válidas como archivo para su proveedor.</translation>
    </message>
    <message>
        <source>You can check a file here and save the rows that passed for an Admin agent or a Sales agent, who runs it.</source>
        <translation>Puede comprobar un archivo aquí y guardar las filas válidas para un agente de administración o un agente de ventas, que es quien lo ejecuta.</translation>
    </message>
    <message>
        <source>No file open. Open a CSV file (Ctrl+O) or drop one here. Its header row names the columns customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed (YYYY-MM-DD).</source>
        <translation>No hay ningún archivo abierto. Abra un archivo CSV (Ctrl+O) o arrástrelo aquí. Su fila de encabezado indica las columnas customerId (o domain), firstName, lastName, email, phoneNumber (opcional) y dateAgreed (AAAA-MM-DD).</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — %Ln fila</numerusform>
            <numerusform>%1 — %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue with %Ln row(s)…</source>
        <translation>
            <numerusform>&amp;Continuar con %Ln fila…</numerusform>
            <numerusform>&amp;Continuar con %Ln filas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Confirm %Ln customer(s)…</source>
        <translation>
            <numerusform>&amp;Confirmar %Ln cliente…</numerusform>
            <numerusform>&amp;Confirmar %Ln clientes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;file for your provider…</source>
        <translation>Guardar archivo para su provee&amp;dor…</translation>
    </message>
    <message>
        <source>Save &amp;checked file…</source>
        <translation>Guardar archivo comproba&amp;do…</translation>
    </message>
    <message>
        <source>The rows that passed the check, in the file&apos;s own columns; the other rows go with their problems to a second file beside it</source>
        <translation>Las filas que superaron la comprobación, con las columnas del propio archivo; las demás filas van con sus problemas a un segundo archivo junto a él</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sin límite</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkHandOffFile</name>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>No se pudo guardar el archivo en %1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkInputError</name>
    <message>
        <source>The file is empty: it needs a header row with customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed.</source>
        <translation>El archivo está vacío: necesita una fila de encabezado con customerId (o domain), firstName, lastName, email, phoneNumber (opcional) y dateAgreed.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>El archivo tiene fila de encabezado, pero ninguna fila de datos.</translation>
    </message>
    <message>
        <source>customerId (or domain, when the customer ID is not known)</source>
        <translation>customerId (o domain, si no se conoce el id. del cliente)</translation>
    </message>
    <message>
        <source>The header row lacks these columns: %1.</source>
        <translation>A la fila de encabezado le faltan estas columnas: %1.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header row.</source>
        <translation>La columna «%1» aparece dos veces en la fila de encabezado.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal</name>
    <message>
        <source>no file identity</source>
        <translation>sin identidad de archivo</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal::Error</name>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>No se pudo abrir el diario %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another run. Wait for it to end, or choose another journal.</source>
        <translation>Otra ejecución está usando el diario %1. Espere a que termine o elija otro diario.</translation>
    </message>
    <message>
        <source>The journal %1 belongs to a different file (or to an earlier version of this one). Use the file it was made for, or choose another journal.</source>
        <translation>El diario %1 pertenece a otro archivo (o a una versión anterior de este). Use el archivo para el que se creó o elija otro diario.</translation>
    </message>
    <message>
        <source>The file %1 is not a PartnerDesk bulk journal, or it is damaged: %2</source>
        <translation>El archivo %1 no es un diario de operaciones masivas de PartnerDesk, o está dañado: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkOutcome</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Already confirmed</source>
        <translation>Ya confirmado</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkResultFile</name>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>No se pudieron guardar los resultados en %1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowChecks</name>
    <message>
        <source>Give the customer&apos;s ID (or its domain, when the ID is not known).</source>
        <translation>Indique el id. del cliente (o su dominio, si no se conoce el id.).</translation>
    </message>
    <message>
        <source>A customer ID looks like 14876998-c0dc-46e6-9d0c-65a57a6c32ec (the customer&apos;s tenant ID).</source>
        <translation>Un id. de cliente tiene este aspecto: 14876998-c0dc-46e6-9d0c-65a57a6c32ec (el id. de inquilino del cliente).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowsModel</name>
    <message>
        <source>Customer ID %1, domain %2</source>
        <translation>Id. de cliente %1, dominio %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
    <message>
        <source>%1 (problem: %2)</source>
        <translation>%1 (problema: %2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Customer ID or domain</source>
        <translation>Id. de cliente o dominio</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Aceptado el</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
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
        <translation>Línea de comandos de PartnerDesk: operaciones del Contrato de cliente de Microsoft.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default: table).</source>
        <translation>Formato de salida: table, json o csv (predeterminado: table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Language of messages, such as tr or de (default: the system&apos;s).</source>
        <translation>Idioma de los mensajes, como tr o de (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>CONFIG_REGIONAL</translation>
    </message>
    <message>
        <source>First name of the person who accepted.</source>
        <translation>Nombre de la persona que aceptó.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Last name of the person who accepted.</source>
        <translation>Apellidos de la persona que aceptó.</translation>
    </message>
    <message>
        <source>Email address of the person who accepted.</source>
        <translation>Correo electrónico de la persona que aceptó.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>Phone number of the person who accepted (optional).</source>
        <translation>Teléfono de la persona que aceptó (opcional).</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELÉFONO</translation>
    </message>
    <message>
        <source>Agreement acceptance date, YYYY-MM-DD.</source>
        <translation>Fecha de aceptación del contrato, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Check everything, send nothing.</source>
        <translation>Comprobarlo todo sin enviar nada.</translation>
    </message>
    <message>
        <source>Country/region, two letters (templates).</source>
        <translation>País o región, dos letras (plantillas).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Language of the template, such as de-DE.</source>
        <translation>Idioma de la plantilla, como es-ES.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Only customers whose company name starts with this.</source>
        <translation>Solo los clientes cuyo nombre de empresa empieza por este texto.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIJO</translation>
    </message>
    <message>
        <source>Bulk: requests in flight at most (default: %1).</source>
        <translation>Masivo: máximo de solicitudes simultáneas (predeterminado: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bulk: requests a minute at most (default: %1).</source>
        <translation>Masivo: máximo de solicitudes por minuto (predeterminado: %1).</translation>
    </message>
    <message>
        <source>PER_MINUTE</source>
        <translation>POR_MINUTO</translation>
    </message>
    <message>
        <source>Bulk: the journal that makes a run resumable (default: beside the results).</source>
        <translation>Masivo: el diario que permite reanudar una ejecución (predeterminado: junto a los resultados).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Bulk: the result file (default: beside the input file).</source>
        <translation>Masivo: el archivo de resultados (predeterminado: junto al archivo de entrada).</translation>
    </message>
    <message>
        <source>The command (see above).</source>
        <translation>El comando (ver arriba).</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS]</source>
        <translation>COMANDO [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Indique un comando.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, json or csv.</source>
        <translation>Formato desconocido «%1»: use table, json o csv.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2.</source>
        <translation>--%1 admite un número entero de 1 a %2.</translation>
    </message>
    <message>
        <source>No token: set PARTNERDESK_TOKEN, or run `partnerdesk-cli signin`.</source>
        <translation>No hay token: defina PARTNERDESK_TOKEN o ejecute `partnerdesk-cli signin`.</translation>
    </message>
    <message>
        <source>Name the customer: the customer&apos;s tenant ID.</source>
        <translation>Indique el cliente: el id. de inquilino del cliente.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>Id. de plantilla</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Tipo de contrato</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Version rank</source>
        <translation>Orden de versión</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Confirmed by partner</source>
        <translation>Confirmado por el partner</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>Aceptado directamente</translation>
    </message>
    <message>
        <source>May buy</source>
        <translation>Puede comprar</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Fecha de aceptación</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Aceptado por</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Valid: nothing was sent (dry run).</source>
        <translation>Válido: no se envió nada (simulación).</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has this confirmation.</source>
        <translation>Ya confirmado: el Centro de partners tiene esta confirmación.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Confirmado.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>Use un código de país de dos letras, como US o ES.</translation>
    </message>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>El Centro de partners no indicó ninguna plantilla del Contrato de cliente de Microsoft.</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Id. de cliente</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Request ID: %1, correlation ID: %2</source>
        <translation>Id. de solicitud: %1; id. de correlación: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Partner Center address (default: start the embedded sandbox). The token comes from PARTNERDESK_TOKEN, else from `partnerdesk-cli signin`.</source>
        <translation>Dirección del Centro de partners (predeterminado: iniciar el espacio aislado integrado). El token se toma de PARTNERDESK_TOKEN o, si no, de `partnerdesk-cli signin`.</translation>
    </message>
    <message>
        <source>Sign-in service (default: https://login.microsoftonline.com; the sandbox&apos;s own address for a sandbox).</source>
        <translation>Servicio de inicio de sesión (predeterminado: https://login.microsoftonline.com; para un espacio aislado, la dirección del propio espacio aislado).</translation>
    </message>
    <message>
        <source>Your partner tenant: its ID or domain (default: organizations).</source>
        <translation>Su inquilino de partner: su id. o su dominio (predeterminado: organizations).</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>INQUILINO</translation>
    </message>
    <message>
        <source>The application (client) ID registered for PartnerDesk.</source>
        <translation>El id. de aplicación (cliente) registrado para PartnerDesk.</translation>
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
        <translation>Comandos:
  signin [--tenant INQUILINO] [--client-id ID] [--authority URL]
  signout
  agreement metadata
  agreement status ID_CLIENTE
  agreement confirm ID_CLIENTE --first NOMBRE --last APELLIDOS --email CORREO [--phone TELÉFONO] --date AAAA-MM-DD [--dry-run]
  agreement template [--country CC] [--language ll-CC]
  customers list [--search PREFIJO]
  customers show ID_CLIENTE
  invite link
  bulk attest ARCHIVO.csv [--dry-run] [--concurrency N] [--rate POR_MINUTO]
              [--journal ARCHIVO] [--results ARCHIVO]
Códigos de salida: 0 correcto (también «ya confirmado»), 2 entrada no válida o rechazada antes de enviar,
3 el servicio respondió con un error, 4 error de red,
5 algunas filas de un archivo masivo no son válidas o fallaron (las demás filas se completaron).</translation>
    </message>
    <message>
        <source>Warning: the new sign-in could not be kept in the secret store (%1).</source>
        <translation>Advertencia: el nuevo inicio de sesión no se pudo guardar en el depósito de claves (%1).</translation>
    </message>
    <message>
        <source>Name the application (client) ID registered for PartnerDesk: --client-id ID.</source>
        <translation>Indique el id. de aplicación (cliente) registrado para PartnerDesk: --client-id ID.</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so a sign-in cannot be kept for later commands. Set PARTNERDESK_TOKEN for each run instead.</source>
        <translation>Este sistema no tiene ningún depósito de claves que PartnerDesk pueda usar, así que no se puede guardar un inicio de sesión para comandos posteriores. En su lugar, defina PARTNERDESK_TOKEN en cada ejecución.</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2. Waiting until %3…</source>
        <translation>Para iniciar sesión, abra %1 en un explorador y escriba el código %2. Esperando hasta las %3…</translation>
    </message>
    <message>
        <source>No connection to the sign-in service; still waiting.</source>
        <translation>No hay conexión con el servicio de inicio de sesión; se sigue esperando.</translation>
    </message>
    <message>
        <source>The sign-in service gave no refresh token (the offline_access scope), so nothing can be kept.</source>
        <translation>El servicio de inicio de sesión no proporcionó ningún token de actualización (el ámbito offline_access), así que no se puede guardar nada.</translation>
    </message>
    <message>
        <source>The sign-in worked, but the secret store refused to keep it (%1). Set PARTNERDESK_TOKEN instead.</source>
        <translation>El inicio de sesión se completó, pero el depósito de claves no permitió guardarlo (%1). En su lugar, defina PARTNERDESK_TOKEN.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), tenant %3.</source>
        <translation>Sesión iniciada como %1 (%2), inquilino %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use: there is no sign-in to remove.</source>
        <translation>Este sistema no tiene ningún depósito de claves que PartnerDesk pueda usar: no hay ningún inicio de sesión que quitar.</translation>
    </message>
    <message>
        <source>Signed out: the kept sign-in is removed.</source>
        <translation>Sesión cerrada: se ha quitado el inicio de sesión guardado.</translation>
    </message>
    <message>
        <source>There was no kept sign-in to remove.</source>
        <translation>No había ningún inicio de sesión guardado que quitar.</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so no sign-in was kept.</source>
        <translation>Este sistema no tiene ningún depósito de claves que PartnerDesk pueda usar, así que no se guardó ningún inicio de sesión.</translation>
    </message>
    <message>
        <source>The secret store could not remove the sign-in (%1).</source>
        <translation>El depósito de claves no pudo quitar el inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>Run `partnerdesk-cli signin` again.</source>
        <translation>Vuelva a ejecutar `partnerdesk-cli signin`.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmAgreementDialog</name>
    <message>
        <source>The customer&apos;s details could not be read, so nothing is filled in and the phone number is checked without the country&apos;s rules. %1</source>
        <translation>No se pudieron leer los datos del cliente, así que no se rellena nada y el teléfono se comprueba sin las reglas del país. %1</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation, recorded for an acceptance on %1. If someone else accepted the agreement, enter that person instead.</source>
        <translation>Rellenado a partir de la última confirmación, registrada para una aceptación del %1. Si otra persona aceptó el contrato, escriba sus datos.</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation. If someone else accepted the agreement, enter that person instead.</source>
        <translation>Rellenado a partir de la última confirmación. Si otra persona aceptó el contrato, escriba sus datos.</translation>
    </message>
    <message>
        <source>Filled in from the primary contact of the billing profile. Make sure this is the person who accepted the agreement; if not, enter the right person.</source>
        <translation>Rellenado a partir del contacto principal del perfil de facturación. Asegúrese de que es la persona que aceptó el contrato; si no, escriba la persona correcta.</translation>
    </message>
    <message>
        <source>The country&apos;s phone number format could not be read, so the phone number is checked without it.</source>
        <translation>No se pudo leer el formato de teléfono del país, así que el teléfono se comprueba sin él.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — confirm customer acceptance</source>
        <translation>Contrato de cliente de Microsoft: confirmar la aceptación del cliente</translation>
    </message>
    <message>
        <source>Confirm that the customer accepted the Microsoft Customer Agreement</source>
        <translation>Confirme que el cliente aceptó el Contrato de cliente de Microsoft</translation>
    </message>
    <message>
        <source>Confirm that %1 accepted the Microsoft Customer Agreement</source>
        <translation>Confirme que %1 aceptó el Contrato de cliente de Microsoft</translation>
    </message>
    <message>
        <source>Enter the first name, last name, email address and phone number (optional) of the person who accepted the agreement, and the date they accepted it. The date cannot be in the future.</source>
        <translation>Escriba el nombre, los apellidos, el correo electrónico y el teléfono (opcional) de la persona que aceptó el contrato, y la fecha en que lo aceptó. La fecha no puede ser futura.</translation>
    </message>
    <message>
        <source>Before this order can be placed, confirm that the customer accepted the Microsoft Customer Agreement: nobody has confirmed it yet, and the customer has not accepted it in the Microsoft 365 admin center. When you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>Antes de realizar este pedido, confirme que el cliente aceptó el Contrato de cliente de Microsoft: nadie lo ha confirmado aún y el cliente no lo ha aceptado en el Centro de administración de Microsoft 365. Al guardar, PartnerDesk registra la confirmación y después realiza el pedido.</translation>
    </message>
    <message>
        <source>Partner Center refused the order because it has no record that the customer accepted the Microsoft Customer Agreement (error 13605). Confirm their acceptance; when you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>El Centro de partners rechazó el pedido porque no consta que el cliente aceptara el Contrato de cliente de Microsoft (error 13605). Confirme su aceptación; al guardar, PartnerDesk registra la confirmación y después realiza el pedido.</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Guardar y continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Saving the confirmation…</source>
        <translation>Guardando la confirmación…</translation>
    </message>
    <message>
        <source>Record in Partner Center that the customer accepted the Microsoft Customer Agreement (Enter)</source>
        <translation>Registrar en el Centro de partners que el cliente aceptó el Contrato de cliente de Microsoft (Enter)</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s details…</source>
        <translation>Leyendo los datos del cliente…</translation>
    </message>
    <message>
        <source>Canceled. If the confirmation reached Partner Center before you canceled, saving again reports it as already confirmed.</source>
        <translation>Cancelado. Si la confirmación llegó al Centro de partners antes de cancelar, al volver a guardar aparecerá como ya confirmada.</translation>
    </message>
    <message>
        <source>Stop saving; what you entered stays (Esc)</source>
        <translation>Dejar de guardar; lo que escribió se conserva (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Partner Center compares the date with today in UTC, which can still be yesterday where you are.</source>
        <translation>El Centro de partners compara la fecha con la de hoy en UTC, que donde usted está aún puede ser ayer.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmationPage</name>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>The customer has been created.</source>
        <translation>Se ha creado el cliente.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Sign-in details of the customer&apos;s administrator</source>
        <translation>Datos de inicio de sesión del administrador del cliente</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Co&amp;ntraseña:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the user name</source>
        <translation>Copiar el nombre de usuario</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copiar la contraseña</translation>
    </message>
    <message>
        <source>This password is shown only this once. Copy it now and keep it somewhere safe: PartnerDesk does not store it and Partner Center cannot show it again. You will need to give these details to the customer.</source>
        <translation>Esta contraseña solo se muestra esta vez. Cópiela ahora y guárdela en un lugar seguro: PartnerDesk no la almacena y el Centro de partners no puede volver a mostrarla. Tendrá que facilitar estos datos al cliente.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrato de cliente de Microsoft</translation>
    </message>
    <message>
        <source>&amp;Try confirming again</source>
        <translation>&amp;Reintentar la confirmación</translation>
    </message>
    <message>
        <source>&amp;Open the customer&apos;s page</source>
        <translation>&amp;Abrir la página del cliente</translation>
    </message>
    <message>
        <source>&amp;Send invitation…</source>
        <translation>&amp;Enviar invitación…</translation>
    </message>
    <message>
        <source>Write the email that invites the customer to accept the Microsoft Customer Agreement in the Microsoft 365 admin center, with these sign-in details.</source>
        <translation>Redacte el correo que invita al cliente a aceptar el Contrato de cliente de Microsoft en el Centro de administración de Microsoft 365, con estos datos de inicio de sesión.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado en el portapapeles.</translation>
    </message>
    <message>
        <source>%1 was created with the domain %2.</source>
        <translation>Se creó %1 con el dominio %2.</translation>
    </message>
    <message>
        <source>Partner Center sent no sign-in details for this customer. Reset the administrator&apos;s password in the Microsoft 365 admin center.</source>
        <translation>El Centro de partners no envió datos de inicio de sesión para este cliente. Restablezca la contraseña del administrador en el Centro de administración de Microsoft 365.</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>Registrando la confirmación de la aceptación…</translation>
    </message>
    <message>
        <source>The customer cannot make a purchase until they accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Send them the invitation: it holds the link and the sign-in details above.</source>
        <translation>El cliente no puede comprar hasta que acepte el Contrato de cliente de Microsoft en el Centro de administración de Microsoft 365. Envíele la invitación: contiene el vínculo y los datos de inicio de sesión anteriores.</translation>
    </message>
    <message>
        <source>The customer was created, but the confirmation of acceptance could not be recorded. %1 Try again now, or confirm it later from the customer&apos;s page (Account info, Microsoft Customer Agreement, Update); the customer is not created twice.</source>
        <translation>Se creó el cliente, pero no se pudo registrar la confirmación de la aceptación. %1 Vuelva a intentarlo ahora o confírmela más tarde desde la página del cliente (Información de la cuenta, Contrato de cliente de Microsoft, Actualizar); el cliente no se crea dos veces.</translation>
    </message>
    <message>
        <source>This confirmation of acceptance was already recorded; nothing else is needed.</source>
        <translation>Esta confirmación de la aceptación ya estaba registrada; no hace falta nada más.</translation>
    </message>
    <message>
        <source>Confirmed: %1 %2 accepted the Microsoft Customer Agreement on %3. The customer can make purchases.</source>
        <translation>Confirmado: %1 %2 aceptó el Contrato de cliente de Microsoft el %3. El cliente puede comprar.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ContactForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Phone number (optional)</source>
        <translation>&amp;Teléfono (opcional)</translation>
    </message>
    <message>
        <source>Agreement &amp;acceptance date</source>
        <translation>&amp;Fecha de aceptación del contrato</translation>
    </message>
    <message>
        <source>The date the customer accepted the agreement. It cannot be in the future.</source>
        <translation>La fecha en que el cliente aceptó el contrato. No puede ser futura.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CountryCoverageModel</name>
    <message>
        <source>Country not known</source>
        <translation>País desconocido</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Cobertura</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CoverageDashboard</name>
    <message>
        <source>Scan canceled.</source>
        <translation>Análisis cancelado.</translation>
    </message>
    <message>
        <source>Scan canceled. The numbers shown are from the last complete scan.</source>
        <translation>Análisis cancelado. Las cifras que se muestran son del último análisis completo.</translation>
    </message>
    <message>
        <source>Coverage dashboard — Microsoft Customer Agreement</source>
        <translation>Panel de cobertura del Contrato de cliente de Microsoft</translation>
    </message>
    <message>
        <source>&amp;Scan all customers</source>
        <translation>&amp;Analizar todos los clientes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Reads the agreement status of every customer.</source>
        <translation>Lee el estado del contrato de cada cliente.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <source>Every customer&apos;s status as a spreadsheet file.</source>
        <translation>El estado de cada cliente en un archivo de hoja de cálculo.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>A dated report with the chart and the tables, for your records.</source>
        <translation>Un informe fechado con el gráfico y las tablas, para sus archivos.</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progreso del análisis</translation>
    </message>
    <message>
        <source>Customers by agreement status</source>
        <translation>Clientes por estado del contrato</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>By &amp;country</source>
        <translation>Por &amp;país</translation>
    </message>
    <message>
        <source>Coverage by country</source>
        <translation>Cobertura por país</translation>
    </message>
    <message>
        <source>&amp;Needs attention (%1)</source>
        <translation>Requiere a&amp;tención (%1)</translation>
    </message>
    <message>
        <source>Customers that need attention</source>
        <translation>Clientes que requieren atención</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>A&amp;brir cliente</translation>
    </message>
    <message>
        <source>— less than a minute left</source>
        <translation>— queda menos de un minuto</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1</source>
        <translation>No se pudo leer la lista de clientes: %1</translation>
    </message>
    <message>
        <source>Scan to see how many of your customers have accepted the Microsoft Customer Agreement.</source>
        <translation>Analice para ver cuántos de sus clientes han aceptado el Contrato de cliente de Microsoft.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Listing customers…</source>
        <translation>Obteniendo la lista de clientes…</translation>
    </message>
    <message>
        <source>Last scanned: %1</source>
        <translation>Último análisis: %1</translation>
    </message>
    <message>
        <source>Export the status of every customer</source>
        <translation>Exportar el estado de cada cliente</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message>
        <source>Export the coverage report</source>
        <translation>Exportar el informe de cobertura</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>No se pudo guardar el informe: %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Se guardó el informe en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked PartnerDesk to slow down; the scan goes on in %Ln second(s).</source>
        <translation>
            <numerusform>El Centro de partners pidió a PartnerDesk que redujera la velocidad; el análisis continúa dentro de %Ln segundo.</numerusform>
            <numerusform>El Centro de partners pidió a PartnerDesk que redujera la velocidad; el análisis continúa dentro de %Ln segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read</source>
        <translation>
            <numerusform>%1 de %Ln cliente leído</numerusform>
            <numerusform>%1 de %Ln clientes leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read (listing…)</source>
        <translation>
            <numerusform>%1 de %Ln cliente leído (obteniendo la lista…)</numerusform>
            <numerusform>%1 de %Ln clientes leídos (obteniendo la lista…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— about %Ln minute(s) left</source>
        <translation>
            <numerusform>— queda aproximadamente %Ln minuto</numerusform>
            <numerusform>— quedan aproximadamente %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; a customer whose status could not be read is counted as unknown. Last error: %1</source>
        <translation>
            <numerusform>%Ln cliente no se pudo leer por completo; un cliente cuyo estado no se pudo leer se cuenta como desconocido. Último error: %1</numerusform>
            <numerusform>%Ln clientes no se pudieron leer por completo; un cliente cuyo estado no se pudo leer se cuenta como desconocido. Último error: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>%Ln cliente sin confirmar ya tiene compras: no puede aceptar el contrato en el Centro de administración de Microsoft 365, así que su organización debe confirmar su aceptación.</numerusform>
            <numerusform>%Ln clientes sin confirmar ya tienen compras: no pueden aceptar el contrato en el Centro de administración de Microsoft 365, así que su organización debe confirmar su aceptación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the status of %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Se guardó el estado de %Ln cliente en %1.</numerusform>
            <numerusform>Se guardó el estado de %Ln clientes en %1.</numerusform>
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
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Fecha de generación</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Fecha de análisis</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>Estado del Contrato de cliente de Microsoft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <source>Customers that need attention (%1)</source>
        <translation>Clientes que requieren atención (%1)</translation>
    </message>
    <message>
        <source>Every customer is confirmed by your organization or accepted directly.</source>
        <translation>Todos los clientes están confirmados por su organización o han aceptado el contrato directamente.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement coverage</source>
        <translation>Cobertura del Contrato de cliente de Microsoft</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a number of customers and their share</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>%Ln cliente sin confirmar ya tiene compras: no puede aceptar el contrato en el Centro de administración de Microsoft 365, así que su organización debe confirmar su aceptación.</numerusform>
            <numerusform>%Ln clientes sin confirmar ya tienen compras: no pueden aceptar el contrato en el Centro de administración de Microsoft 365, así que su organización debe confirmar su aceptación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; their status may be shown as unknown.</source>
        <translation>
            <numerusform>%Ln cliente no se pudo leer por completo; su estado puede aparecer como desconocido.</numerusform>
            <numerusform>%Ln clientes no se pudieron leer por completo; su estado puede aparecer como desconocido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CreateCustomerFlow</name>
    <message>
        <source>Creating the customer…</source>
        <translation>Creando el cliente…</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>Registrando la confirmación de la aceptación…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CsvError</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (“Unicode text”), not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>El archivo está guardado como UTF-16 («Texto Unicode»), no como UTF-8. Vuelva a guardarlo como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file is saved as UTF-32, not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>El archivo está guardado como UTF-32, no como UTF-8. Vuelva a guardarlo como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8: the file looks like Latin-1 or another 8-bit code page (such as Windows-1252). Save it again as “CSV UTF-8”.</source>
        <translation>La línea %1 no es UTF-8 válido: el archivo parece estar en Latin-1 u otra página de códigos de 8 bits (como Windows-1252). Vuelva a guardarlo como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The field starting on line %1 is longer than %2 characters; PartnerDesk stopped reading the file.</source>
        <translation>El campo que empieza en la línea %1 supera los %2 caracteres; PartnerDesk dejó de leer el archivo.</translation>
    </message>
    <message>
        <source>The record on line %1 is too large (more than %2 fields or characters); PartnerDesk stopped reading the file.</source>
        <translation>El registro de la línea %1 es demasiado grande (más de %2 campos o caracteres); PartnerDesk dejó de leer el archivo.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>El archivo tiene más de %1 filas; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>El archivo supera los %1 MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation>El campo entre comillas que empieza en la línea %1 no se cierra nunca: falta una comilla (&quot;).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Customer</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Sindicación</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>Soporte técnico de Microsoft</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerAccountLoader</name>
    <message>
        <source>The customer&apos;s billing address names no country, so its rules are unknown.</source>
        <translation>La dirección de facturación del cliente no indica ningún país, así que se desconocen sus reglas.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerEvidenceWidget</name>
    <message>
        <source>There are no evidence records for this customer; nothing was written.</source>
        <translation>No hay registros de evidencias de este cliente; no se escribió nada.</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as PDF</source>
        <translation>Exportar las evidencias de este cliente como PDF</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as JSON</source>
        <translation>Exportar las evidencias de este cliente como JSON</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>Se escribió %Ln registro en %1.</numerusform>
            <numerusform>Se escribieron %Ln registros en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every confirmation sent from PartnerDesk for this customer, newest first, with the answer Partner Center gave. Kept on this computer.</source>
        <translation>Cada confirmación enviada desde PartnerDesk para este cliente, de la más reciente a la más antigua, con la respuesta que dio el Centro de partners. Se guardan en este equipo.</translation>
    </message>
    <message>
        <source>Evidence records</source>
        <translation>Registros de evidencias</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Re&amp;quest id:</source>
        <translation>Id. de &amp;solicitud:</translation>
    </message>
    <message>
        <source>C&amp;orrelation id:</source>
        <translation>Id. de &amp;correlación:</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Id. de solicitud</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Id. de correlación</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a JSON file</source>
        <translation>Guardar los registros de evidencias de este cliente como archivo JSON</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a PDF report</source>
        <translation>Guardar los registros de evidencias de este cliente como informe PDF</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer. Confirmations still reach Partner Center, but none is recorded here until PartnerDesk is restarted with the file accessible.</source>
        <translation>Los registros de evidencias no están disponibles: PartnerDesk no pudo abrir su archivo de evidencias en este equipo. Las confirmaciones siguen llegando al Centro de partners, pero no se registra ninguna aquí hasta que PartnerDesk se reinicie con el archivo accesible.</translation>
    </message>
    <message>
        <source>No evidence yet: no confirmation for this customer has been sent from PartnerDesk on this computer.</source>
        <translation>Aún no hay evidencias: no se ha enviado ninguna confirmación para este cliente desde PartnerDesk en este equipo.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListLoader</name>
    <message>
        <source>A page of customers could not be read consistently.</source>
        <translation>No se pudo leer de forma coherente una página de clientes.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListModel</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>Estado de MCA</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Aceptado el</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Read the customer and the agreement status again (F5)</source>
        <translation>Volver a leer el cliente y el estado del contrato (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Account info</source>
        <translation>Información de la cuenta</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Dominio:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relación:</translation>
    </message>
    <message>
        <source>Subscriptions:</source>
        <translation>Suscripciones:</translation>
    </message>
    <message>
        <source>Primary contact:</source>
        <translation>Contacto principal:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Dirección de facturación:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrato de cliente de Microsoft</translation>
    </message>
    <message>
        <source>Latest confirmation:</source>
        <translation>Última confirmación:</translation>
    </message>
    <message>
        <source>Direct acceptance:</source>
        <translation>Aceptación directa:</translation>
    </message>
    <message>
        <source>Confirmation &amp;history (newest first)</source>
        <translation>&amp;Historial de confirmaciones (más recientes primero)</translation>
    </message>
    <message>
        <source>Confirmation history</source>
        <translation>Historial de confirmaciones</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>Estado del Contrato de cliente de Microsoft</translation>
    </message>
    <message>
        <source>Direct acceptance in the Microsoft 365 admin center</source>
        <translation>Aceptación directa en el Centro de administración de Microsoft 365</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;Actualizar…</translation>
    </message>
    <message>
        <source>&amp;Invite to accept…</source>
        <translation>&amp;Invitar a aceptar…</translation>
    </message>
    <message>
        <source>Agreement &amp;template…</source>
        <translation>&amp;Plantilla del contrato…</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Nuevo pedido…</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>Leyendo el cliente…</translation>
    </message>
    <message>
        <source>Reading the agreement status…</source>
        <translation>Leyendo el estado del contrato…</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>Leyendo las suscripciones…</translation>
    </message>
    <message>
        <source>Loading was canceled; what is shown may be incomplete.</source>
        <translation>Se canceló la carga; lo que se muestra puede estar incompleto.</translation>
    </message>
    <message>
        <source>Some of this customer&apos;s details could not be read. %1</source>
        <translation>No se pudieron leer algunos datos de este cliente. %1</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Sindicación</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>Soporte técnico de Microsoft</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer — Account info</source>
        <translation>Cliente: información de la cuenta</translation>
    </message>
    <message>
        <source>%1 · customer id %2</source>
        <translation>%1 · id. de cliente %2</translation>
    </message>
    <message>
        <source>%1 — Account info</source>
        <translation>%1: información de la cuenta</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <translation>%1, teléfono %2</translation>
    </message>
    <message>
        <source>%1 (culture %2)</source>
        <translation>%1 (referencia cultural %2)</translation>
    </message>
    <message>
        <source>None through your organization</source>
        <translation>Ninguna a través de su organización</translation>
    </message>
    <message numerus="yes">
        <source>Through your organization: %n</source>
        <translation>
            <numerusform>A través de su organización: %n</numerusform>
            <numerusform>A través de su organización: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <source>The agreement status could not be read. Use Retry.</source>
        <translation>No se pudo leer el estado del contrato. Use Reintentar.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2.</source>
        <translation>Aceptado por %1 el %2.</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>No partner confirmation yet.</source>
        <translation>Aún no hay confirmación del partner.</translation>
    </message>
    <message>
        <source>Could not be read.</source>
        <translation>No se pudo leer.</translation>
    </message>
    <message>
        <source>The customer accepted in the Microsoft 365 admin center.</source>
        <translation>El cliente aceptó en el Centro de administración de Microsoft 365.</translation>
    </message>
    <message>
        <source>Not accepted in the Microsoft 365 admin center.</source>
        <translation>No aceptado en el Centro de administración de Microsoft 365.</translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for new purchases, so the partner&apos;s confirmation is the record Partner Center relies on. If someone else at the customer accepted the agreement, record that person with Update.</source>
        <translation>
            <numerusform>Este cliente tiene compras existentes a través de su organización (suscripciones: %n) y no ha aceptado el contrato en el Centro de administración de Microsoft 365. Un cliente con compras existentes a través de un partner no puede aceptarlo allí para compras nuevas, así que la confirmación del partner es el registro en el que se basa el Centro de partners. Si otra persona del cliente aceptó el contrato, regístrela con Actualizar.</numerusform>
            <numerusform>Este cliente tiene compras existentes a través de su organización (suscripciones: %n) y no ha aceptado el contrato en el Centro de administración de Microsoft 365. Un cliente con compras existentes a través de un partner no puede aceptarlo allí para compras nuevas, así que la confirmación del partner es el registro en el que se basa el Centro de partners. Si otra persona del cliente aceptó el contrato, regístrela con Actualizar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for a new purchase: the admin center tells them &quot;Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.&quot; The partner must attest on the customer&apos;s behalf.</source>
        <translation>
            <numerusform>Este cliente tiene compras existentes a través de su organización (suscripciones: %n) y no ha aceptado el contrato en el Centro de administración de Microsoft 365. Un cliente con compras existentes a través de un partner no puede aceptarlo allí para una compra nueva: el centro de administración le indica «Póngase en contacto con su partner para que confirme su aceptación del Contrato de cliente de Microsoft». El partner debe dar fe en nombre del cliente.</numerusform>
            <numerusform>Este cliente tiene compras existentes a través de su organización (suscripciones: %n) y no ha aceptado el contrato en el Centro de administración de Microsoft 365. Un cliente con compras existentes a través de un partner no puede aceptarlo allí para una compra nueva: el centro de administración le indica «Póngase en contacto con su partner para que confirme su aceptación del Contrato de cliente de Microsoft». El partner debe dar fe en nombre del cliente.</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no purchases through your organization yet. If they already buy through another partner, the Microsoft 365 admin center will not let them accept the agreement for your new relationship either (it tells them to reach out to their partner), and the partner must attest on their behalf. Otherwise the customer can accept it in the admin center.</source>
        <translation>Este cliente aún no tiene compras a través de su organización. Si ya compra a través de otro partner, el Centro de administración de Microsoft 365 tampoco le permitirá aceptar el contrato para su nueva relación (le indica que se ponga en contacto con su partner), y el partner debe dar fe en su nombre. En otro caso, el cliente puede aceptarlo en el centro de administración.</translation>
    </message>
    <message>
        <source>You prepare that hand-off file with Bulk attestation in the main window; it checks every row before you send it to your provider.</source>
        <translation>Ese archivo de traspaso se prepara con la confirmación masiva de la ventana principal; comprueba cada fila antes de enviarlo a su proveedor.</translation>
    </message>
    <message>
        <source>An Admin agent or a Sales agent can confirm the customer&apos;s acceptance.</source>
        <translation>Un agente de administración o un agente de ventas puede confirmar la aceptación del cliente.</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance.</source>
        <translation>Para desbloquear los pedidos (el Centro de partners los rechaza con el error 13605), use Actualizar para confirmar la aceptación del cliente.</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance, or Invite to accept to ask the customer to accept it in the Microsoft 365 admin center.</source>
        <translation>Para desbloquear los pedidos (el Centro de partners los rechaza con el error 13605), use Actualizar para confirmar la aceptación del cliente, o Invitar a aceptar para pedir al cliente que lo acepte en el Centro de administración de Microsoft 365.</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has a confirmation with exactly this contact, so nothing new was recorded.</source>
        <translation>Ya confirmado: el Centro de partners tiene una confirmación con exactamente este contacto, así que no se registró nada nuevo.</translation>
    </message>
    <message>
        <source>Saved: %1&apos;s acceptance on %2 is recorded.</source>
        <translation>Guardado: se ha registrado la aceptación de %1 del %2.</translation>
    </message>
    <message>
        <source>(The answer was lost on the way; PartnerDesk read the confirmations and found it recorded.)</source>
        <translation>(La respuesta se perdió por el camino; PartnerDesk leyó las confirmaciones y la encontró registrada.)</translation>
    </message>
    <message>
        <source>The customer could not be read. Use Retry.</source>
        <translation>No se pudo leer el cliente. Use Reintentar.</translation>
    </message>
    <message>
        <source>Confirm who at the customer accepted the Microsoft Customer Agreement, and when</source>
        <translation>Confirmar quién aceptó el Contrato de cliente de Microsoft en el cliente, y cuándo</translation>
    </message>
    <message>
        <source>Write an email inviting the customer to accept the agreement in the Microsoft 365 admin center</source>
        <translation>Redactar un correo que invite al cliente a aceptar el contrato en el Centro de administración de Microsoft 365</translation>
    </message>
    <message>
        <source>Open or download the agreement for the customer&apos;s country</source>
        <translation>Abrir o descargar el contrato del país del cliente</translation>
    </message>
    <message>
        <source>Place an order; the customer&apos;s acceptance is checked first</source>
        <translation>Realizar un pedido; antes se comprueba la aceptación del cliente</translation>
    </message>
    <message>
        <source>Open or download the agreement; the customer&apos;s address names no country, so choose it there</source>
        <translation>Abrir o descargar el contrato; la dirección del cliente no indica ningún país, así que elíjalo allí</translation>
    </message>
    <message>
        <source>&amp;Prepare a file for your provider…</source>
        <translation>Preparar un archi&amp;vo para su proveedor…</translation>
    </message>
    <message>
        <source>Bulk attestation checks every row of a CSV file and saves the rows that pass as a file for your indirect provider</source>
        <translation>La confirmación masiva comprueba cada fila de un archivo CSV y guarda las filas válidas como archivo para su proveedor indirecto</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk (%1)</source>
        <translation>&amp;Evidencias enviadas desde PartnerDesk (%1)</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk</source>
        <translation>&amp;Evidencias enviadas desde PartnerDesk</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignIn</name>
    <message>
        <source>The sign-in service did not answer with a code and a page to enter it.</source>
        <translation>El servicio de inicio de sesión no respondió con un código y una página donde escribirlo.</translation>
    </message>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>El servicio de inicio de sesión respondió sin token.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignInDialog</name>
    <message>
        <source>The code is copied. Paste it on the sign-in page.</source>
        <translation>Código copiado. Péguelo en la página de inicio de sesión.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open %1 in a browser yourself.</source>
        <translation>No se pudo abrir ningún explorador. Abra usted mismo %1 en un explorador.</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>Iniciar sesión en el Centro de partners</translation>
    </message>
    <message>
        <source>Sign in with your work account — an Admin agent or Sales agent account of your partner organization — on Microsoft&apos;s sign-in page: open the page, enter the code below and complete the sign-in there, multi-factor authentication included. PartnerDesk waits here and continues by itself.</source>
        <translation>Inicie sesión con su cuenta profesional (una cuenta de agente de administración o de agente de ventas de su organización de partner) en la página de inicio de sesión de Microsoft: abra la página, escriba el código siguiente y complete allí el inicio de sesión, incluida la autenticación multifactor. PartnerDesk espera aquí y continúa automáticamente.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>Co&amp;py code</source>
        <translation>Co&amp;piar código</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <source>&amp;Open sign-in page</source>
        <translation>&amp;Abrir la página de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in service: %1 · Tenant: %2 · Application (client) ID: %3</source>
        <translation>Servicio de inicio de sesión: %1 · Inquilino: %2 · Id. de aplicación (cliente): %3</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Solicitando a Microsoft un código de inicio de sesión…</translation>
    </message>
    <message>
        <source>Set the application (client) ID registered for PartnerDesk in Settings (Connection), then sign in again.</source>
        <translation>Establezca el id. de aplicación (cliente) registrado para PartnerDesk en Configuración (Conexión) y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>No connection to the sign-in service right now. PartnerDesk keeps trying; the code stays valid until %1.</source>
        <translation>Ahora no hay conexión con el servicio de inicio de sesión. PartnerDesk sigue intentándolo; el código es válido hasta las %1.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in on the page… The code is valid until %1.</source>
        <translation>Esperando a que inicie sesión en la página… El código es válido hasta las %1.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DocumentDownload</name>
    <message>
        <source>Choose an existing folder for the download.</source>
        <translation>Elija una carpeta existente para la descarga.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>The link has expired; PartnerDesk fetches a fresh one on the next try.</source>
        <translation>El vínculo ha caducado; PartnerDesk obtiene uno nuevo en el siguiente intento.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceExportDialog</name>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>El último día no puede ser anterior al primero.</translation>
    </message>
    <message>
        <source>There are no evidence records in this period; nothing was written.</source>
        <translation>No hay registros de evidencias en este período; no se escribió nada.</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Exportar evidencias</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>Se escribió %Ln registro en %1.</numerusform>
            <numerusform>Se escribieron %Ln registros en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the evidence records of every customer confirmed from PartnerDesk on this computer in a period. The days are those of your time zone; both are included.</source>
        <translation>Exporte los registros de evidencias de todos los clientes confirmados desde PartnerDesk en este equipo durante un período. Los días son los de su zona horaria; ambos se incluyen.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>Informe P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;JSON file</source>
        <translation>Archivo &amp;JSON</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer.</source>
        <translation>Los registros de evidencias no están disponibles: PartnerDesk no pudo abrir su archivo de evidencias en este equipo.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceReport</name>
    <message>
        <source>Evidence of Microsoft Customer Agreement confirmations</source>
        <translation>Evidencias de confirmaciones del Contrato de cliente de Microsoft</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>(no partner name in Settings)</source>
        <translation>(no hay nombre de partner en Configuración)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>%1 (customer id %2)</source>
        <translation>%1 (id. de cliente %2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>%1 to %2, both included</source>
        <translation>Del %1 al %2, ambos incluidos</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Fecha de generación</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Each row is one confirmation sent from PartnerDesk and the answer Partner Center gave. Times are UTC. The request and correlation ids identify the request to Microsoft support. Contact data is removed from records older than the retention period set in Settings.</source>
        <translation>Cada fila es una confirmación enviada desde PartnerDesk y la respuesta que dio el Centro de partners. Las horas están en UTC. Los id. de solicitud y de correlación identifican la solicitud ante el soporte técnico de Microsoft. Los datos de contacto se quitan de los registros con más antigüedad que el período de conservación definido en Configuración.</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Registrado (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Contact and acceptance date</source>
        <translation>Contacto y fecha de aceptación</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Customer, request, correlation and template ids</source>
        <translation>Id. de cliente, solicitud, correlación y plantilla</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>Aceptado el %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>No se pudo escribir el archivo %1: %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Already confirmed (code %1)</source>
        <translation>Ya confirmado (código %1)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1, code %2)</source>
        <translation>Error (HTTP %1, código %2)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>Error (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed (code %1)</source>
        <translation>Error (código %1)</translation>
    </message>
    <message>
        <source>Failed (no answer from the service)</source>
        <translation>Error (sin respuesta del servicio)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>PartnerDesk window</source>
        <translation>Ventana de PartnerDesk</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>Confirmación masiva</translation>
    </message>
    <message>
        <source>Bulk attestation (command line)</source>
        <translation>Confirmación masiva (línea de comandos)</translation>
    </message>
    <message>
        <source>Removed after the retention period</source>
        <translation>Quitado tras el período de conservación</translation>
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
        <translation>Los datos de contacto se quitaron el %1 (UTC), tras el período de conservación definido en Configuración.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Aceptado el</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Id. solicitud</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Id. correlación</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationComposer</name>
    <message>
        <source>Rewrite the message?</source>
        <translation>¿Volver a redactar el mensaje?</translation>
    </message>
    <message>
        <source>The message is written again from the template, and your changes to it are replaced.</source>
        <translation>El mensaje se vuelve a redactar a partir de la plantilla y se reemplazan los cambios que le haya hecho.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>Request a reseller relationship</source>
        <translation>Solicitar una relación de revendedor</translation>
    </message>
    <message>
        <source>Invite to accept the Microsoft Customer Agreement</source>
        <translation>Invitar a aceptar el Contrato de cliente de Microsoft</translation>
    </message>
    <message>
        <source>Invite %1 to accept you as their reseller. Partner Center provides the link: a global administrator of the customer opens it, signs in to the Microsoft 365 admin center and accepts the relationship and, if not done yet, the Microsoft Customer Agreement.</source>
        <translation>Invite a %1 a aceptarle como su revendedor. El Centro de partners proporciona el vínculo: un administrador global del cliente lo abre, inicia sesión en el Centro de administración de Microsoft 365 y acepta la relación y, si aún no lo ha hecho, el Contrato de cliente de Microsoft.</translation>
    </message>
    <message>
        <source>Invite %1 to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. A global administrator of the customer signs in at the link in the email and accepts the agreement there.</source>
        <translation>Invite a %1 a aceptar el Contrato de cliente de Microsoft en el Centro de administración de Microsoft 365. Un administrador global del cliente inicia sesión con el vínculo del correo y acepta allí el contrato.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Message (preview while you edit the template):</source>
        <translation>&amp;Mensaje (vista previa mientras edita la plantilla):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Tem&amp;plate (with placeholders):</source>
        <translation>Plan&amp;tilla (con marcadores de posición):</translation>
    </message>
    <message>
        <source>Placeholders: {{link}} the invitation link · {{partner}} your company · {{customer}} the customer · {{userName}} and {{password}} the sign-in details, used only between {{#credentials}} and {{/credentials}}. A first line “Subject: …” becomes the subject.</source>
        <translation>Marcadores de posición: {{link}} el vínculo de invitación · {{partner}} su empresa · {{customer}} el cliente · {{userName}} y {{password}} los datos de inicio de sesión, que solo se usan entre {{#credentials}} y {{/credentials}}. Una primera línea «Subject: …» se convierte en el asunto.</translation>
    </message>
    <message>
        <source>Language of the email</source>
        <translation>Idioma del correo</translation>
    </message>
    <message>
        <source>The language of the template. It starts with the customer&apos;s language.</source>
        <translation>El idioma de la plantilla. Empieza por el idioma del cliente.</translation>
    </message>
    <message>
        <source>Recipient&apos;s email address</source>
        <translation>Correo electrónico del destinatario</translation>
    </message>
    <message>
        <source>admin@customer.example</source>
        <translation>admin@customer.example</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Template with placeholders</source>
        <translation>Plantilla con marcadores de posición</translation>
    </message>
    <message>
        <source>Fetching the relationship link</source>
        <translation>Obteniendo el vínculo de relación</translation>
    </message>
    <message>
        <source>Asking Partner Center for the relationship link…</source>
        <translation>Pidiendo el vínculo de relación al Centro de partners…</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>&amp;Volver a intentar</translation>
    </message>
    <message>
        <source>&amp;Include the customer&apos;s sign-in details (user name and password)</source>
        <translation>Incl&amp;uir los datos de inicio de sesión del cliente (nombre de usuario y contraseña)</translation>
    </message>
    <message>
        <source>&amp;Hide template</source>
        <translation>&amp;Ocultar plantilla</translation>
    </message>
    <message>
        <source>&amp;Edit template</source>
        <translation>&amp;Editar plantilla</translation>
    </message>
    <message>
        <source>Change the template this email is written from, and keep it for this language.</source>
        <translation>Cambiar la plantilla a partir de la que se redacta este correo y conservarla para este idioma.</translation>
    </message>
    <message>
        <source>Sa&amp;ve as my template</source>
        <translation>&amp;Guardar como mi plantilla</translation>
    </message>
    <message>
        <source>PartnerDesk uses this template for every invitation in this language.</source>
        <translation>PartnerDesk usa esta plantilla para todas las invitaciones en este idioma.</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>&amp;Restablecer la predeterminada</translation>
    </message>
    <message>
        <source>Go back to the template that comes with PartnerDesk.</source>
        <translation>Volver a la plantilla que incluye PartnerDesk.</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copiar al portapapeles</translation>
    </message>
    <message>
        <source>Copies the subject and the message as plain text.</source>
        <translation>Copia el asunto y el mensaje como texto sin formato.</translation>
    </message>
    <message>
        <source>&amp;Open in email</source>
        <translation>A&amp;brir en el correo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Your company&apos;s name is not set, so the email says “%1”. Set it under Settings → Partner name, or replace it in the message.</source>
        <translation>El nombre de su empresa no está definido, así que el correo dice «%1». Defínalo en Configuración → Nombre del partner, o reemplácelo en el mensaje.</translation>
    </message>
    <message>
        <source>Replace your changes?</source>
        <translation>¿Reemplazar los cambios?</translation>
    </message>
    <message>
        <source>The message is written again from the template in %1, and your changes to it are replaced.</source>
        <translation>El mensaje se vuelve a redactar a partir de la plantilla en %1 y se reemplazan los cambios que le haya hecho.</translation>
    </message>
    <message>
        <source>The relationship link did not arrive: %1</source>
        <translation>No llegó el vínculo de relación: %1</translation>
    </message>
    <message>
        <source>Waiting for the relationship link from Partner Center.</source>
        <translation>Esperando el vínculo de relación del Centro de partners.</translation>
    </message>
    <message>
        <source>The relationship link is missing. Use “Try again” to ask Partner Center once more.</source>
        <translation>Falta el vínculo de relación. Use «Volver a intentar» para pedirlo de nuevo al Centro de partners.</translation>
    </message>
    <message>
        <source>Opens a new email with this subject and message in your mail program.</source>
        <translation>Abre un correo nuevo con este asunto y este mensaje en su programa de correo.</translation>
    </message>
    <message>
        <source>Your own template for %1 is used.</source>
        <translation>Se usa su propia plantilla para %1.</translation>
    </message>
    <message>
        <source>PartnerDesk has no template in %1 yet, so the English one is shown. Edit it and save it as your template for %1.</source>
        <translation>PartnerDesk aún no tiene plantilla en %1, así que se muestra la inglesa. Edítela y guárdela como su plantilla para %1.</translation>
    </message>
    <message>
        <source>This email contains the customer&apos;s password. Send it only to the customer&apos;s administrator, and ask them to change the password when they first sign in.</source>
        <translation>Este correo contiene la contraseña del cliente. Envíelo solo al administrador del cliente y pídale que cambie la contraseña la primera vez que inicie sesión.</translation>
    </message>
    <message>
        <source>Edit the template?</source>
        <translation>¿Editar la plantilla?</translation>
    </message>
    <message>
        <source>While you edit the template, the message is written from it, and your changes to the message are replaced.</source>
        <translation>Mientras edita la plantilla, el mensaje se redacta a partir de ella y se reemplazan los cambios que haya hecho en el mensaje.</translation>
    </message>
    <message>
        <source>Saved. PartnerDesk now writes invitations in %1 from this template.</source>
        <translation>Guardado. PartnerDesk redacta ahora las invitaciones en %1 a partir de esta plantilla.</translation>
    </message>
    <message>
        <source>Reset the template?</source>
        <translation>¿Restablecer la plantilla?</translation>
    </message>
    <message>
        <source>Your template for %1 is forgotten and PartnerDesk&apos;s own is used again.</source>
        <translation>Su plantilla para %1 se descarta y se vuelve a usar la de PartnerDesk.</translation>
    </message>
    <message>
        <source>PartnerDesk&apos;s template for %1 is used again.</source>
        <translation>Se vuelve a usar la plantilla de PartnerDesk para %1.</translation>
    </message>
    <message>
        <source>The subject and the message are on the clipboard. Paste them into an email.</source>
        <translation>El asunto y el mensaje están en el portapapeles. Péguelos en un correo.</translation>
    </message>
    <message>
        <source>This address cannot be put into an email link: it holds characters such as “&amp;”, “?”, “,” or “;”. Enter one plain address.</source>
        <translation>Esta dirección no se puede incluir en un vínculo de correo: contiene caracteres como «&amp;», «?», «,» o «;». Escriba una sola dirección simple.</translation>
    </message>
    <message>
        <source>No mail program opened the email. Use “Copy to clipboard” and paste the text into your email instead.</source>
        <translation>Ningún programa de correo abrió el mensaje. Use «Copiar al portapapeles» y pegue el texto en su correo.</translation>
    </message>
    <message>
        <source>The email is open in your mail program. Check it there and send it.</source>
        <translation>El correo está abierto en su programa de correo. Revíselo allí y envíelo.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationDraft</name>
    <message>
        <source>[your company name]</source>
        <translation>[nombre de su empresa]</translation>
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
        <translation>PartnerDesk — Espacio aislado</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nuevo cliente</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Abrir cliente</translation>
    </message>
    <message>
        <source>New &amp;order</source>
        <translation>Nuevo &amp;pedido</translation>
    </message>
    <message>
        <source>Request a &amp;reseller relationship</source>
        <translation>Solicitar una relación de &amp;revendedor</translation>
    </message>
    <message>
        <source>Agreement &amp;template</source>
        <translation>Plan&amp;tilla del contrato</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Search company or domain (Ctrl+F)</source>
        <translation>Buscar empresa o dominio (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Filter by MCA status</source>
        <translation>Filtrar por estado de MCA</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Connected to: Sandbox</source>
        <translation>Conectado a: Espacio aislado</translation>
    </message>
    <message>
        <source>Connected to: Partner Center</source>
        <translation>Conectado a: Centro de partners</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2, %3)</source>
        <translation>Sesión iniciada: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Primero seleccione un cliente.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 de %n cliente</numerusform>
            <numerusform>%1 de %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(cargando…)</translation>
    </message>
    <message>
        <source>Co&amp;verage dashboard…</source>
        <translation>Panel de co&amp;bertura…</translation>
    </message>
    <message>
        <source>E&amp;xport evidence…</source>
        <translation>&amp;Exportar evidencias…</translation>
    </message>
    <message>
        <source>&amp;Bulk attestation…</source>
        <translation>Confirmación &amp;masiva…</translation>
    </message>
    <message>
        <source>Confirm many customers at once from a CSV file, checked row by row first</source>
        <translation>Confirmar muchos clientes a la vez desde un archivo CSV, que antes se comprueba fila por fila</translation>
    </message>
    <message>
        <source>Check a CSV file row by row and save it for the partner who confirms</source>
        <translation>Comprobar un archivo CSV fila por fila y guardarlo para el partner que confirma</translation>
    </message>
    <message>
        <source>Save the evidence records of a period as a PDF report or a JSON file</source>
        <translation>Guardar los registros de evidencias de un período como informe PDF o archivo JSON</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file</source>
        <translation>Los registros de evidencias no están disponibles: PartnerDesk no pudo abrir su archivo de evidencias</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>%1
Tenant: %2</source>
        <translation>%1
Inquilino: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NewCustomerWizard</name>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>&amp;Next: Microsoft agreement</source>
        <translation>&amp;Siguiente: Contrato de Microsoft</translation>
    </message>
    <message>
        <source>&amp;Next: Review</source>
        <translation>&amp;Siguiente: Revisar</translation>
    </message>
    <message>
        <source>Discard the new customer?</source>
        <translation>¿Descartar el nuevo cliente?</translation>
    </message>
    <message>
        <source>The details you entered for the new customer will be lost.</source>
        <translation>Se perderán los datos que escribió para el nuevo cliente.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
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
        <translation>Nuevo pedido</translation>
    </message>
    <message>
        <source>New order for %1</source>
        <translation>Nuevo pedido para %1</translation>
    </message>
    <message>
        <source>Before ordering, PartnerDesk checks that the customer accepted the Microsoft Customer Agreement. If nobody has confirmed it and the customer has not accepted it in the Microsoft 365 admin center, you are asked to confirm their acceptance first.</source>
        <translation>Antes de realizar el pedido, PartnerDesk comprueba que el cliente aceptó el Contrato de cliente de Microsoft. Si nadie lo ha confirmado y el cliente no lo ha aceptado en el Centro de administración de Microsoft 365, se le pide que confirme antes su aceptación.</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Oferta:</translation>
    </message>
    <message>
        <source>&amp;Quantity (licenses):</source>
        <translation>&amp;Cantidad (licencias):</translation>
    </message>
    <message>
        <source>&amp;Billing cycle:</source>
        <translation>Ciclo de &amp;facturación:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Anual</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Ciclo de facturación</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>&amp;Realizar pedido</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The order was not placed: the customer&apos;s acceptance of the Microsoft Customer Agreement is not confirmed.</source>
        <translation>No se realizó el pedido: la aceptación del Contrato de cliente de Microsoft por parte del cliente no está confirmada.</translation>
    </message>
    <message>
        <source>The order was placed.</source>
        <translation>Se realizó el pedido.</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s acceptance first.</source>
        <translation>Primero confirme la aceptación del cliente.</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>Realizando el pedido…</translation>
    </message>
    <message>
        <source>Check the customer&apos;s acceptance and place the order (Enter)</source>
        <translation>Comprobar la aceptación del cliente y realizar el pedido (Enter)</translation>
    </message>
    <message>
        <source>Checking the customer&apos;s acceptance and placing the order…</source>
        <translation>Comprobando la aceptación del cliente y realizando el pedido…</translation>
    </message>
    <message>
        <source>Waiting for the confirmation of the customer&apos;s acceptance…</source>
        <translation>Esperando la confirmación de la aceptación del cliente…</translation>
    </message>
    <message>
        <source>Recording the confirmation, then placing the order…</source>
        <translation>Registrando la confirmación y, después, realizando el pedido…</translation>
    </message>
    <message>
        <source>Stop; nothing you chose is lost (Esc)</source>
        <translation>Detener; no se pierde nada de lo que eligió (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>The order was placed. Order number: %1</source>
        <translation>Se realizó el pedido. Número de pedido: %1</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Pedido realizado</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>Canceled. If the order reached Partner Center before you canceled, it shows among the customer&apos;s subscriptions; check there before ordering again.</source>
        <translation>Cancelado. Si el pedido llegó al Centro de partners antes de cancelar, aparece entre las suscripciones del cliente; compruébelo allí antes de volver a pedir.</translation>
    </message>
    <message>
        <source>The order was not placed. %1</source>
        <translation>No se realizó el pedido. %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerCenterClient</name>
    <message>
        <source>The service address “%1” is not a valid URL.</source>
        <translation>La dirección del servicio «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>PartnerDesk refuses to send your sign-in over plain http to %1. Use an https:// address; plain http is allowed only for this computer (127.0.0.1).</source>
        <translation>PartnerDesk no envía su inicio de sesión por http sin cifrar a %1. Use una dirección https://; http sin cifrar solo se permite para este equipo (127.0.0.1).</translation>
    </message>
    <message>
        <source>The service address must start with https://.</source>
        <translation>La dirección del servicio debe empezar por https://.</translation>
    </message>
    <message>
        <source>The service sent a link to another address; PartnerDesk did not follow it.</source>
        <translation>El servicio envió un vínculo a otra dirección; PartnerDesk no lo siguió.</translation>
    </message>
    <message>
        <source>The service sent the same page of customers again and again.</source>
        <translation>El servicio envió la misma página de clientes una y otra vez.</translation>
    </message>
    <message>
        <source>The service kept sending pages of customers past %L1, more than any partner has.</source>
        <translation>El servicio siguió enviando páginas de clientes más allá de %L1, más de los que tiene cualquier asociado.</translation>
    </message>
    <message>
        <source>The service named a next page that is not read with GET.</source>
        <translation>El servicio indicó una página siguiente que no se lee con GET.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerConfirmationChannel</name>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>El Centro de partners no indicó ninguna plantilla del Contrato de cliente de Microsoft.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PdfReport</name>
    <message>
        <source>The report could not be laid out.</source>
        <translation>No se pudo maquetar el informe.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>No se pudo escribir el archivo %1: %2</translation>
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
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can confirm customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>Solo un agente de administración o un agente de ventas puede confirmar la aceptación del Contrato de cliente de Microsoft por parte del cliente.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can do this.</source>
        <translation>Solo un agente de administración o un agente de ventas puede hacer esto.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can place orders.</source>
        <translation>Solo un agente de administración o un agente de ventas puede realizar pedidos.</translation>
    </message>
    <message>
        <source>Only an Admin agent, a Sales agent or a Global admin can invite customers.</source>
        <translation>Solo un agente de administración, un agente de ventas o un administrador global puede invitar a clientes.</translation>
    </message>
    <message>
        <source>Your role can view customers and their agreement status, but not change them.</source>
        <translation>Con su rol puede ver los clientes y el estado de sus contratos, pero no cambiarlos.</translation>
    </message>
    <message>
        <source>Indirect resellers cannot attest on behalf of their customers. Work with your indirect provider: prepare a confirmation file for them, or invite the customer to accept in the Microsoft 365 admin center.</source>
        <translation>Los revendedores indirectos no pueden dar fe en nombre de sus clientes. Colabore con su proveedor indirecto: prepare un archivo de confirmación para él o invite al cliente a aceptar el contrato en el Centro de administración de Microsoft 365.</translation>
    </message>
    <message>
        <source>Only indirect resellers hand confirmations to a provider; you can confirm directly.</source>
        <translation>Solo los revendedores indirectos entregan las confirmaciones a un proveedor; usted puede confirmar directamente.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ReviewPage</name>
    <message>
        <source>Creating the customer was canceled. If Partner Center had already received the request, the customer may exist anyway: check the customer list before you try again.</source>
        <translation>Se canceló la creación del cliente. Si el Centro de partners ya había recibido la solicitud, puede que el cliente exista de todos modos: compruebe la lista de clientes antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The customer was not created. %1</source>
        <translation>No se creó el cliente. %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Check the details. To change something, go back. Nothing is created until you select Create customer.</source>
        <translation>Compruebe los datos. Para cambiar algo, vuelva atrás. No se crea nada hasta que seleccione Crear cliente.</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>&amp;Crear cliente</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrato de cliente de Microsoft</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nombre de la empresa:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Nombre de dominio:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Company phone:</source>
        <translation>Teléfono de la empresa:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Culture:</source>
        <translation>Referencia cultural:</translation>
    </message>
    <message>
        <source>Acceptance:</source>
        <translation>Aceptación:</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Aceptado por:</translation>
    </message>
    <message>
        <source>Acceptance date:</source>
        <translation>Fecha de aceptación:</translation>
    </message>
    <message>
        <source>Cancel creating</source>
        <translation>Cancelar la creación</translation>
    </message>
    <message>
        <source>Stops waiting for Partner Center. Nothing you entered is lost.</source>
        <translation>Deja de esperar al Centro de partners. No se pierde nada de lo que escribió.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>You confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Usted confirma que el cliente ha aceptado el Contrato de cliente de Microsoft.</translation>
    </message>
    <message>
        <source>The customer will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Until then, the customer cannot buy.</source>
        <translation>Se pedirá al cliente que acepte el Contrato de cliente de Microsoft en el Centro de administración de Microsoft 365. Hasta entonces, el cliente no puede comprar.</translation>
    </message>
    <message>
        <source>The customer is being created…</source>
        <translation>Creando el cliente…</translation>
    </message>
    <message>
        <source>Go back and correct this: %1</source>
        <translation>Vuelva atrás y corrija esto: %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxAccounts</name>
    <message>
        <source>The sandbox runs on this computer (127.0.0.1) only.</source>
        <translation>El espacio aislado solo se ejecuta en este equipo (127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxSignInDialog</name>
    <message>
        <source>Sign in to the sandbox</source>
        <translation>Iniciar sesión en el espacio aislado</translation>
    </message>
    <message>
        <source>The sandbox imitates Partner Center on this computer. Choose who you are: each demo user has the role and partner type shown, and PartnerDesk enables what that role may do.</source>
        <translation>El espacio aislado imita el Centro de partners en este equipo. Elija quién es: cada usuario de demostración tiene el rol y el tipo de partner indicados, y PartnerDesk habilita lo que ese rol puede hacer.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>Usuarios de demostración</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Session</name>
    <message>
        <source>Admin agent</source>
        <translation>Agente de administración</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <translation>Agente de ventas</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <translation>Agente del departamento de soporte técnico</translation>
    </message>
    <message>
        <source>Global admin</source>
        <translation>Administrador global</translation>
    </message>
    <message>
        <source>Billing admin</source>
        <translation>Administrador de facturación</translation>
    </message>
    <message>
        <source>Direct bill partner</source>
        <translation>Partner de facturación directa</translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation>Proveedor indirecto</translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation>Revendedor indirecto</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Changes take effect when you choose OK or Apply.</source>
        <translation>Los cambios se aplican al elegir Aceptar o Aplicar.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Usar el del sistema</translation>
    </message>
    <message>
        <source>Language of PartnerDesk</source>
        <translation>Idioma de PartnerDesk</translation>
    </message>
    <message>
        <source>More languages arrive with PartnerDesk&apos;s translations.</source>
        <translation>Habrá más idiomas con las traducciones de PartnerDesk.</translation>
    </message>
    <message>
        <source>Partner &amp;name:</source>
        <translation>&amp;Nombre del partner:</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Nombre del partner</translation>
    </message>
    <message>
        <source>Your company&apos;s name, as customers know it</source>
        <translation>El nombre de su empresa, tal como lo conocen los clientes</translation>
    </message>
    <message>
        <source>Signs the invitation emails. When it is empty, PartnerDesk uses the name from your sign-in, if there is one.</source>
        <translation>Firma los correos de invitación. Si está vacío, PartnerDesk usa el nombre de su inicio de sesión, si lo hay.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>Sandbox (on this computer, with demo customers)</source>
        <translation>Espacio aislado (en este equipo, con clientes de demostración)</translation>
    </message>
    <message>
        <source>Partner Center</source>
        <translation>Centro de partners</translation>
    </message>
    <message>
        <source>Used when the connection is Partner Center. The role and partner type below apply only when the sign-in does not name them.</source>
        <translation>Se usa cuando la conexión es el Centro de partners. El rol y el tipo de partner siguientes solo se aplican si el inicio de sesión no los indica.</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>Partner Center API address</source>
        <translation>Dirección de la API del Centro de partners</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>A&amp;utoridad:</translation>
    </message>
    <message>
        <source>Sign-in authority address</source>
        <translation>Dirección de la autoridad de inicio de sesión</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Inquilino:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>“organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>«organizations», o el id. o el dominio de su inquilino de partner.</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>Id. de a&amp;plicación (cliente):</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Id. de aplicación (cliente)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Role when the sign-in names none</source>
        <translation>Rol si el inicio de sesión no indica ninguno</translation>
    </message>
    <message>
        <source>Partner t&amp;ype:</source>
        <translation>&amp;Tipo de partner:</translation>
    </message>
    <message>
        <source>Partner type when the sign-in names none</source>
        <translation>Tipo de partner si el inicio de sesión no indica ninguno</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Espacio aislado</translation>
    </message>
    <message>
        <source>De&amp;mo customers:</source>
        <translation>Clientes de de&amp;mostración:</translation>
    </message>
    <message>
        <source>Number of demo customers in a new sandbox</source>
        <translation>Número de clientes de demostración de un espacio aislado nuevo</translation>
    </message>
    <message>
        <source>Re&amp;set sandbox data…</source>
        <translation>Restablecer datos del e&amp;spacio aislado…</translation>
    </message>
    <message>
        <source>Deletes everything in the sandbox and creates the demo customers again.</source>
        <translation>Elimina todo lo que hay en el espacio aislado y vuelve a crear los clientes de demostración.</translation>
    </message>
    <message>
        <source>How many demo customers a new sandbox gets. Resetting the sandbox deletes its customers, confirmations and orders and creates new ones.</source>
        <translation>Cuántos clientes de demostración recibe un espacio aislado nuevo. Al restablecer el espacio aislado se eliminan sus clientes, confirmaciones y pedidos, y se crean otros nuevos.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>&amp;Keep contact data for:</source>
        <translation>C&amp;onservar datos de contacto:</translation>
    </message>
    <message>
        <source>Days to keep contact data in evidence records</source>
        <translation>Días que se conservan los datos de contacto en los registros de evidencias</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>After this many days, names, email addresses and phone numbers are removed from evidence records; the confirmations themselves are kept. The lowest setting, Always, keeps them.</source>
        <translation>Pasado este número de días, los nombres, correos electrónicos y teléfonos se quitan de los registros de evidencias; las confirmaciones se conservan. El valor más bajo, Siempre, los conserva.</translation>
    </message>
    <message>
        <source>Applying this change restarts the connection: PartnerDesk signs out and connects again.</source>
        <translation>Aplicar este cambio reinicia la conexión: PartnerDesk cierra la sesión y vuelve a conectarse.</translation>
    </message>
    <message>
        <source>Signing in to Partner Center comes with a later version of PartnerDesk; until then use the sandbox to try it out.</source>
        <translation>El inicio de sesión en el Centro de partners llegará en una versión posterior de PartnerDesk; hasta entonces, use el espacio aislado para probarlo.</translation>
    </message>
    <message>
        <source>Enter an address such as https://api.partnercenter.microsoft.com.</source>
        <translation>Escriba una dirección como https://api.partnercenter.microsoft.com.</translation>
    </message>
    <message>
        <source>Enter “organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>Escriba «organizations», o el id. o el dominio de su inquilino de partner.</translation>
    </message>
    <message>
        <source>A tenant is “organizations”, a tenant ID or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Un inquilino es «organizations», un id. de inquilino o un dominio como contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>An application (client) ID looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation>Un id. de aplicación (cliente) tiene este aspecto: 00000000-0000-0000-0000-000000000000.</translation>
    </message>
    <message>
        <source>Reset the sandbox?</source>
        <translation>¿Restablecer el espacio aislado?</translation>
    </message>
    <message numerus="yes">
        <source>This deletes every customer, confirmation and order in the sandbox and creates %n new demo customer(s). Partner Center is not affected.</source>
        <translation>
            <numerusform>Se eliminarán todos los clientes, confirmaciones y pedidos del espacio aislado y se creará %n cliente de demostración nuevo. El Centro de partners no se ve afectado.</numerusform>
            <numerusform>Se eliminarán todos los clientes, confirmaciones y pedidos del espacio aislado y se crearán %n clientes de demostración nuevos. El Centro de partners no se ve afectado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::StatusPresentation</name>
    <message>
        <source>Confirmed by partner</source>
        <translation>Confirmado por el partner</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>Aceptado directamente</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Your organization confirmed that the customer accepted the Microsoft Customer Agreement.</source>
        <translation>Su organización confirmó que el cliente aceptó el Contrato de cliente de Microsoft.</translation>
    </message>
    <message>
        <source>The customer accepted the Microsoft Customer Agreement in the Microsoft 365 admin center.</source>
        <translation>El cliente aceptó el Contrato de cliente de Microsoft en el Centro de administración de Microsoft 365.</translation>
    </message>
    <message>
        <source>Neither a partner confirmation nor a direct acceptance exists. Orders for this customer are blocked.</source>
        <translation>No existe ni confirmación del partner ni aceptación directa. Los pedidos para este cliente están bloqueados.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún no comprobado.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::TokenEndpoint</name>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>El servicio de inicio de sesión respondió sin token.</translation>
    </message>
    <message>
        <source>Demo users sign in to the sandbox on this computer (127.0.0.1) only.</source>
        <translation>Los usuarios de demostración inician sesión en el espacio aislado solo en este equipo (127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Validation</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Agreement acceptance date</source>
        <translation>Fecha de aceptación del contrato</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Nombre de dominio</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Línea de dirección 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Línea de dirección 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>Company phone number</source>
        <translation>Teléfono de la empresa</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Referencia cultural</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Use %n carácter como máximo.</numerusform>
            <numerusform>Use %n caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the tabs, line breaks or other control characters.</source>
        <translation>Quite las tabulaciones, los saltos de línea u otros caracteres de control.</translation>
    </message>
    <message>
        <source>Use only Latin letters (a–z) and digits (0–9).</source>
        <translation>Use solo letras latinas (a–z) y dígitos (0–9).</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that email addresses cannot use.</source>
        <translation>La parte anterior a la @ contiene un carácter que no se admite en direcciones de correo.</translation>
    </message>
    <message>
        <source>Names cannot contain digits or symbols such as @, &lt;, &gt; or #.</source>
        <translation>Los nombres no pueden contener dígitos ni símbolos como @, &lt;, &gt; o #.</translation>
    </message>
    <message>
        <source>Use a culture code such as en-US.</source>
        <translation>Use un código de referencia cultural como es-ES.</translation>
    </message>
    <message>
        <source>Use a language code such as en or fr.</source>
        <translation>Use un código de idioma como es o fr.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed here.</source>
        <translation>Contiene caracteres que no se permiten aquí.</translation>
    </message>
    <message>
        <source>Enter a name with at least one letter.</source>
        <translation>Escriba un nombre con al menos una letra.</translation>
    </message>
    <message>
        <source>An email address needs an @ between the name and the domain, as in name@example.com.</source>
        <translation>Una dirección de correo necesita una @ entre el nombre y el dominio, como en nombre@example.com.</translation>
    </message>
    <message>
        <source>An email address can contain only one @.</source>
        <translation>Una dirección de correo solo puede contener una @.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>Una dirección de correo no puede contener espacios.</translation>
    </message>
    <message>
        <source>Enter the name before the @.</source>
        <translation>Escriba el nombre antes de la @.</translation>
    </message>
    <message numerus="yes">
        <source>The part before the @ can have at most %n character(s).</source>
        <translation>
            <numerusform>La parte anterior a la @ admite %n carácter como máximo.</numerusform>
            <numerusform>La parte anterior a la @ admite %n caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>An email address cannot have a dot right after the @ or at its start.</source>
        <translation>Una dirección de correo no puede tener un punto justo después de la @ ni al principio.</translation>
    </message>
    <message>
        <source>An email address cannot end with a dot or have a dot right before the @.</source>
        <translation>Una dirección de correo no puede terminar en punto ni tener un punto justo antes de la @.</translation>
    </message>
    <message>
        <source>An email address cannot contain two dots in a row.</source>
        <translation>Una dirección de correo no puede contener dos puntos seguidos.</translation>
    </message>
    <message>
        <source>The domain after the @ is incomplete; it looks like example.com.</source>
        <translation>El dominio que sigue a la @ está incompleto; tiene el aspecto de example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ is not a valid domain name.</source>
        <translation>El dominio que sigue a la @ no es un nombre de dominio válido.</translation>
    </message>
    <message numerus="yes">
        <source>An email address can have at most %n character(s).</source>
        <translation>
            <numerusform>Una dirección de correo admite %n carácter como máximo.</numerusform>
            <numerusform>Una dirección de correo admite %n caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use only digits, spaces, dashes, dots, parentheses and a leading +.</source>
        <translation>Use solo dígitos, espacios, guiones, puntos, paréntesis y un + inicial.</translation>
    </message>
    <message numerus="yes">
        <source>A phone number needs at least %n digit(s).</source>
        <translation>
            <numerusform>Un número de teléfono necesita al menos %n dígito.</numerusform>
            <numerusform>Un número de teléfono necesita al menos %n dígitos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A phone number can have at most %n digit(s).</source>
        <translation>
            <numerusform>Un número de teléfono admite %n dígito como máximo.</numerusform>
            <numerusform>Un número de teléfono admite %n dígitos como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a phone number format of the customer&apos;s country.</source>
        <translation>No es un formato de teléfono del país del cliente.</translation>
    </message>
    <message>
        <source>Enter a real date in the form YYYY-MM-DD.</source>
        <translation>Escriba una fecha real con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The acceptance date cannot be in the future. Partner Center counts days in UTC, so the latest date allowed now is %1.</source>
        <translation>La fecha de aceptación no puede ser futura. El Centro de partners cuenta los días en UTC, así que la fecha más reciente permitida ahora es %1.</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement did not exist yet; use a date from %1 on.</source>
        <translation>El Contrato de cliente de Microsoft aún no existía; use una fecha a partir del %1.</translation>
    </message>
    <message>
        <source>This postal code does not have the format used in the customer&apos;s country.</source>
        <translation>Este código postal no tiene el formato que se usa en el país del cliente.</translation>
    </message>
    <message>
        <source>Choose a state or province from the list for this country.</source>
        <translation>Elija un estado o provincia de la lista para este país.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>Use un código de país de dos letras, como US o ES.</translation>
    </message>
    <message>
        <source>The customer&apos;s country does not support this value; choose one from the list.</source>
        <translation>El país del cliente no admite este valor; elija uno de la lista.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A Partner Center look-alike on 127.0.0.1 for tests and demos.</source>
        <translation>Una imitación del Centro de partners en 127.0.0.1 para pruebas y demostraciones.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation>Puerto en 127.0.0.1 (0 = cualquier puerto libre).</translation>
    </message>
    <message>
        <source>SQLite file (default: a temporary file removed on exit).</source>
        <translation>Archivo SQLite (predeterminado: un archivo temporal que se elimina al salir).</translation>
    </message>
    <message>
        <source>Customers to seed into a new database.</source>
        <translation>Clientes que se crean en una base de datos nueva.</translation>
    </message>
    <message>
        <source>Seed of the generated data.</source>
        <translation>Semilla de los datos generados.</translation>
    </message>
    <message>
        <source>Requests per minute before 429 (0 = no throttling).</source>
        <translation>Solicitudes por minuto antes de 429 (0 = sin limitación).</translation>
    </message>
    <message>
        <source>Access token lifetime.</source>
        <translation>Duración del token de acceso.</translation>
    </message>
    <message>
        <source>Start JSON bodies with a UTF-8 byte-order mark.</source>
        <translation>Empezar los cuerpos JSON con una marca de orden de bytes UTF-8.</translation>
    </message>
    <message>
        <source>PartnerDesk: confirm and review customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>PartnerDesk: confirmar y revisar la aceptación del Contrato de cliente de Microsoft por parte de los clientes.</translation>
    </message>
    <message>
        <source>Use the sandbox whatever Settings say.</source>
        <translation>Usar el espacio aislado, diga lo que diga la configuración.</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>No se pudo iniciar el espacio aislado: %1</translation>
    </message>
    <message>
        <source>Fail this share of /v1 requests, in percent per kind: 429, 500, 503, drop-before, drop-after, slow, malformed, or all (spread evenly); e.g. 429=5,drop-after=2 or all=20.</source>
        <translation>Hacer fallar esta proporción de las solicitudes /v1, en porcentaje por tipo: 429, 500, 503, drop-before, drop-after, slow, malformed o all (repartido por igual); p. ej., 429=5,drop-after=2 o all=20.</translation>
    </message>
    <message>
        <source>Seed of the fault decisions.</source>
        <translation>Semilla de las decisiones de fallo.</translation>
    </message>
    <message>
        <source>Retry-After of an injected 429.</source>
        <translation>Retry-After de una respuesta 429 inyectada.</translation>
    </message>
    <message>
        <source>How long a slow answer is held back (past the client&apos;s timeout).</source>
        <translation>Cuánto tiempo se retiene una respuesta lenta (más allá del tiempo de espera del cliente).</translation>
    </message>
</context>
</TS>
