<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>PartnerDesk::AccountInfoPage</name>
    <message>
        <source>Account info</source>
        <translation>Informações da conta</translation>
    </message>
    <message>
        <source>Enter the company&apos;s details and its primary contact.</source>
        <translation>Insira os dados da empresa e do contato principal.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Endereço de cobrança</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contato principal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The customer&apos;s initial Microsoft 365 domain. Use Latin letters and digits; it cannot be changed after the customer is created.</source>
        <translation>O domínio inicial do Microsoft 365 do cliente. Use letras latinas e dígitos; ele não pode ser alterado depois que o cliente for criado.</translation>
    </message>
    <message>
        <source>Followed by %1. Availability is checked as you type.</source>
        <translation>Seguido de %1. A disponibilidade é verificada enquanto você digita.</translation>
    </message>
    <message>
        <source>for example contoso</source>
        <translation>por exemplo, contoso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>The language of Microsoft&apos;s messages to the customer.</source>
        <translation>O idioma das mensagens da Microsoft para o cliente.</translation>
    </message>
    <message>
        <source>How dates, numbers and currency are shown to the customer.</source>
        <translation>Como datas, números e moeda são exibidos para o cliente.</translation>
    </message>
    <message>
        <source>The person Microsoft and you contact about this customer&apos;s account.</source>
        <translation>A pessoa que a Microsoft e você contatam sobre a conta deste cliente.</translation>
    </message>
    <message>
        <source>Use the &amp;suggested address</source>
        <translation>Usar o endereço &amp;sugerido</translation>
    </message>
    <message>
        <source>C&amp;ompany name</source>
        <translation>&amp;Nome da empresa</translation>
    </message>
    <message>
        <source>&amp;Domain name</source>
        <translation>Nome de &amp;domínio</translation>
    </message>
    <message>
        <source>Co&amp;untry/region</source>
        <translation>&amp;País/região</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>Linha de endereço &amp;1</translation>
    </message>
    <message>
        <source>Address line &amp;2 (optional)</source>
        <translation>Linha de endereço &amp;2 (opcional)</translation>
    </message>
    <message>
        <source>Ci&amp;ty (optional)</source>
        <translation>&amp;Cidade (opcional)</translation>
    </message>
    <message>
        <source>Ci&amp;ty</source>
        <translation>&amp;Cidade</translation>
    </message>
    <message>
        <source>&amp;State or province (optional)</source>
        <translation>&amp;Estado ou província (opcional)</translation>
    </message>
    <message>
        <source>&amp;State or province</source>
        <translation>&amp;Estado ou província</translation>
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
        <translation>&amp;Telefone da empresa (opcional)</translation>
    </message>
    <message>
        <source>Company p&amp;hone</source>
        <translation>&amp;Telefone da empresa</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Cultu&amp;re</source>
        <translation>Cultu&amp;ra</translation>
    </message>
    <message>
        <source>Reading Partner Center&apos;s address rules for %1…</source>
        <translation>Lendo as regras de endereço do Partner Center para %1…</translation>
    </message>
    <message>
        <source>Partner Center has no address rules for %1, so only general checks apply here. Partner Center checks the address when the customer is created.</source>
        <translation>O Partner Center não tem regras de endereço para %1, então apenas verificações gerais se aplicam aqui. O Partner Center verifica o endereço quando o cliente é criado.</translation>
    </message>
    <message>
        <source>The address rules for %1 could not be read, so only general checks apply here. Partner Center checks the address when the customer is created. %2</source>
        <translation>Não foi possível ler as regras de endereço para %1, então apenas verificações gerais se aplicam aqui. O Partner Center verifica o endereço quando o cliente é criado. %2</translation>
    </message>
    <message>
        <source>Checking whether %1 is available…</source>
        <translation>Verificando se %1 está disponível…</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 está disponível.</translation>
    </message>
    <message>
        <source>%1 is already taken. Choose another domain name.</source>
        <translation>%1 já está em uso. Escolha outro nome de domínio.</translation>
    </message>
    <message>
        <source>Whether %1 is available could not be checked; Partner Center checks it when the customer is created. %2</source>
        <translation>Não foi possível verificar se %1 está disponível; o Partner Center verifica isso quando o cliente é criado. %2</translation>
    </message>
    <message>
        <source>Partner Center recognises this address.</source>
        <translation>O Partner Center reconhece este endereço.</translation>
    </message>
    <message>
        <source>Partner Center suggests: %1</source>
        <translation>O Partner Center sugere: %1</translation>
    </message>
    <message>
        <source>Partner Center could not verify this address. Check the street, city and postal code before you go on.</source>
        <translation>O Partner Center não conseguiu verificar este endereço. Confira a rua, a cidade e o código postal antes de continuar.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementHistoryModel</name>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>Microsoft Cloud Agreement</source>
        <translation>Contrato do Microsoft Cloud</translation>
    </message>
    <message>
        <source>Template %1
%2</source>
        <translation>Modelo %1
%2</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Aceito em</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Aceito por</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementPage</name>
    <message>
        <source>Microsoft agreement</source>
        <translation>Contrato da Microsoft</translation>
    </message>
    <message>
        <source>How does the customer accept the Microsoft Customer Agreement?</source>
        <translation>Como o cliente aceita o Contrato de Cliente da Microsoft?</translation>
    </message>
    <message>
        <source>A customer can buy only after accepting the Microsoft Customer Agreement. Either confirm that the customer has already accepted it, or let the customer accept it in the Microsoft 365 admin center.</source>
        <translation>Um cliente só pode comprar depois de aceitar o Contrato de Cliente da Microsoft. Confirme que o cliente já o aceitou ou deixe que o cliente o aceite no Centro de administração do Microsoft 365.</translation>
    </message>
    <message>
        <source>&amp;Confirm the customer&apos;s acceptance now (partner attestation)</source>
        <translation>&amp;Confirmar agora a aceitação do cliente (atestado do parceiro)</translation>
    </message>
    <message>
        <source>The customer &amp;has accepted the Microsoft Customer Agreement</source>
        <translation>&amp;O cliente aceitou o Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>The person who accepted the agreement, and when. Make sure these details are correct; if they are not, select Update and enter the details of the person who accepted it.</source>
        <translation>A pessoa que aceitou o contrato e quando. Verifique se esses dados estão corretos; se não estiverem, selecione Atualizar e insira os dados da pessoa que o aceitou.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Enter a different person who accepted the agreement.</source>
        <translation>Insira outra pessoa que aceitou o contrato.</translation>
    </message>
    <message>
        <source>&amp;Reset to the primary contact</source>
        <translation>&amp;Redefinir para o contato principal</translation>
    </message>
    <message>
        <source>The customer &amp;will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center</source>
        <translation>&amp;Será solicitado ao cliente que aceite o Contrato de Cliente da Microsoft no Centro de administração do Microsoft 365</translation>
    </message>
    <message>
        <source>New customers cannot make a purchase until they accept the agreement. After the customer is created, PartnerDesk prepares the invitation email with the link to the Microsoft 365 admin center and the new customer&apos;s sign-in details.</source>
        <translation>Novos clientes não podem fazer compras até aceitarem o contrato. Depois que o cliente for criado, o PartnerDesk prepara o email de convite com o link para o Centro de administração do Microsoft 365 e as credenciais de entrada do novo cliente.</translation>
    </message>
    <message>
        <source>View the agreement &amp;template…</source>
        <translation>Exibir o &amp;modelo do contrato…</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific: this opens the template for the customer&apos;s country.</source>
        <translation>O Contrato de Cliente da Microsoft é específico de cada país: esta opção abre o modelo do país do cliente.</translation>
    </message>
    <message>
        <source>Tick the box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Marque a caixa para confirmar que o cliente aceitou o Contrato de Cliente da Microsoft.</translation>
    </message>
    <message>
        <source>Tick this box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Marque esta caixa para confirmar que o cliente aceitou o Contrato de Cliente da Microsoft.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateDialog</name>
    <message>
        <source>Microsoft Customer Agreement template</source>
        <translation>Modelo do Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific. Choose the customer&apos;s country (it comes from the billing address) and a language offered there, then open the template or download it as a Word document.</source>
        <translation>O Contrato de Cliente da Microsoft é específico de cada país. Escolha o país do cliente (ele vem do endereço de cobrança) e um idioma oferecido nele; depois abra o modelo ou baixe-o como documento do Word.</translation>
    </message>
    <message>
        <source>&amp;Country/region:</source>
        <translation>&amp;País/região:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Links to the template expire after five minutes, so PartnerDesk asks Partner Center for a new one each time you open or download it.</source>
        <translation>Os links para o modelo expiram após cinco minutos; por isso, o PartnerDesk pede um novo ao Partner Center sempre que você o abre ou baixa.</translation>
    </message>
    <message>
        <source>Country or region of the agreement</source>
        <translation>País ou região do contrato</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>Idioma do contrato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Abrir no &amp;navegador</translation>
    </message>
    <message>
        <source>Opens the template in your web browser.</source>
        <translation>Abre o modelo no navegador da Web.</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Baixar…</translation>
    </message>
    <message>
        <source>Saves the template as a Word document in a file you choose.</source>
        <translation>Salva o modelo como documento do Word em um arquivo que você escolher.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Canceled: only English is listed. Choose the country again to load its languages.</source>
        <translation>Cancelado: apenas o inglês está listado. Escolha o país novamente para carregar os idiomas dele.</translation>
    </message>
    <message>
        <source>PartnerDesk could not load the languages offered in %1, so only English is listed. %2</source>
        <translation>O PartnerDesk não conseguiu carregar os idiomas oferecidos em %1, então apenas o inglês está listado. %2</translation>
    </message>
    <message>
        <source>Loading the languages offered in %1…</source>
        <translation>Carregando os idiomas oferecidos em %1…</translation>
    </message>
    <message>
        <source>Asking Partner Center for a new link to the template…</source>
        <translation>Pedindo ao Partner Center um novo link para o modelo…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Baixando…</translation>
    </message>
    <message>
        <source>Wait until the languages are loaded.</source>
        <translation>Aguarde até que os idiomas sejam carregados.</translation>
    </message>
    <message>
        <source>Wait for the current download, or cancel it.</source>
        <translation>Aguarde o download atual ou cancele-o.</translation>
    </message>
    <message>
        <source>Choose a country with a template first.</source>
        <translation>Primeiro escolha um país que tenha modelo.</translation>
    </message>
    <message>
        <source>No web browser opened the template. Use “Download” to save it instead.</source>
        <translation>Nenhum navegador da Web abriu o modelo. Use “Baixar” para salvá-lo.</translation>
    </message>
    <message>
        <source>The template is open in your browser. Its link works for five minutes; PartnerDesk gets a new one the next time.</source>
        <translation>O modelo está aberto no navegador. O link funciona por cinco minutos; o PartnerDesk obtém um novo na próxima vez.</translation>
    </message>
    <message>
        <source>Partner Center has no version in %1 and sent %2.</source>
        <translation>O Partner Center não tem versão em %1 e enviou %2.</translation>
    </message>
    <message>
        <source>Save the agreement template</source>
        <translation>Salvar o modelo do contrato</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documentos do Word (*.docx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Nothing was downloaded.</source>
        <translation>Nada foi baixado.</translation>
    </message>
    <message>
        <source>Downloading… %1 of %2</source>
        <translation>Baixando… %1 de %2</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Baixando… %1</translation>
    </message>
    <message>
        <source>Saved “%1” (%2) in %3.</source>
        <translation>“%1” (%2) salvo em %3.</translation>
    </message>
    <message>
        <source>The download was canceled; nothing was saved.</source>
        <translation>O download foi cancelado; nada foi salvo.</translation>
    </message>
    <message>
        <source>The template was not saved. %1</source>
        <translation>O modelo não foi salvo. %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateSource</name>
    <message>
        <source>Partner Center sent a template link PartnerDesk will not open. %1</source>
        <translation>O Partner Center enviou um link de modelo que o PartnerDesk não abrirá. %1</translation>
    </message>
    <message>
        <source>Partner Center lists no Microsoft Customer Agreement template.</source>
        <translation>O Partner Center não lista nenhum modelo do Contrato de Cliente da Microsoft.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiCall</name>
    <message>
        <source>The answer was larger than %1 MB and was not read.</source>
        <translation>A resposta era maior que %1 MB e não foi lida.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>A resposta não é um objeto JSON.</translation>
    </message>
    <message>
        <source>The answer is cut short or is not JSON.</source>
        <translation>A resposta está incompleta ou não é JSON.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiError</name>
    <message>
        <source>PartnerDesk cannot reach the service. Check the network connection and try again.</source>
        <translation>O PartnerDesk não consegue acessar o serviço. Verifique a conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>O serviço não respondeu a tempo. Tente novamente.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost, so PartnerDesk cannot tell whether it took effect. Check the current state before trying again.</source>
        <translation>A solicitação foi enviada, mas a resposta se perdeu, então o PartnerDesk não sabe se ela teve efeito. Verifique o estado atual antes de tentar novamente.</translation>
    </message>
    <message>
        <source>The service sent an answer PartnerDesk cannot read.</source>
        <translation>O serviço enviou uma resposta que o PartnerDesk não consegue ler.</translation>
    </message>
    <message>
        <source>The request was refused before it was sent.</source>
        <translation>A solicitação foi recusada antes de ser enviada.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again; what you have entered is kept.</source>
        <translation>Sua sessão expirou. Entre novamente; o que você inseriu é mantido.</translation>
    </message>
    <message>
        <source>A partner confirmation with exactly this contact already exists for this customer, so nothing new was recorded.</source>
        <translation>Já existe uma confirmação do parceiro com exatamente este contato para este cliente, então nada de novo foi registrado.</translation>
    </message>
    <message>
        <source>The customer has not accepted the Microsoft Customer Agreement yet: confirm their acceptance, or ask them to accept it in the Microsoft 365 admin center, before you place this order.</source>
        <translation>O cliente ainda não aceitou o Contrato de Cliente da Microsoft: confirme a aceitação dele ou peça que ele o aceite no Centro de administração do Microsoft 365 antes de fazer este pedido.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center is limiting how fast requests may be sent. PartnerDesk will try again in %n second(s).</source>
        <translation>
            <numerusform>O Partner Center está limitando a velocidade das solicitações. O PartnerDesk tentará novamente em %n segundo.</numerusform>
            <numerusform>O Partner Center está limitando a velocidade das solicitações. O PartnerDesk tentará novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center is limiting how fast requests may be sent. Try again shortly.</source>
        <translation>O Partner Center está limitando a velocidade das solicitações. Tente novamente em breve.</translation>
    </message>
    <message>
        <source>Partner Center did not accept your sign-in. Sign in again.</source>
        <translation>O Partner Center não aceitou sua entrada. Entre novamente.</translation>
    </message>
    <message>
        <source>Partner Center refused this action for your account.</source>
        <translation>O Partner Center recusou esta ação para sua conta.</translation>
    </message>
    <message>
        <source>Partner Center could not find it.</source>
        <translation>O Partner Center não encontrou o item.</translation>
    </message>
    <message>
        <source>Partner Center had a problem of its own. Try again later.</source>
        <translation>O Partner Center teve um problema interno. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Partner Center refused the request.</source>
        <translation>O Partner Center recusou a solicitação.</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>O serviço informou: “%1”</translation>
    </message>
    <message>
        <source>(error %1, HTTP %2)</source>
        <translation>(erro %1, HTTP %2)</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>(error %1)</source>
        <translation>(erro %1)</translation>
    </message>
    <message>
        <source>Partner Center requires multi-factor authentication (MFA) for access by an app with a user since April 2026. Sign in again and complete the MFA prompt; if none appears, ask your administrator to require MFA for your account.</source>
        <translation>Desde abril de 2026, o Partner Center exige a autenticação multifator (MFA) para o acesso de um aplicativo com um usuário. Entre novamente e conclua a solicitação de MFA; se nenhuma aparecer, peça ao administrador para exigir a MFA na sua conta.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again and enter the new code within the time shown.</source>
        <translation>O código de entrada expirou antes de ser usado. Inicie a entrada novamente e insira o novo código dentro do prazo exibido.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the sign-in page. Start it again if that was a mistake.</source>
        <translation>A entrada foi recusada na página de entrada. Inicie-a novamente se isso foi um engano.</translation>
    </message>
    <message>
        <source>The sign-in service does not know this code. Start the sign-in again.</source>
        <translation>O serviço de entrada não reconhece este código. Inicie a entrada novamente.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (it expired or was revoked). Sign in again.</source>
        <translation>Sua sessão não é mais válida (ela expirou ou foi revogada). Entre novamente.</translation>
    </message>
    <message>
        <source>The sign-in service does not accept the application (client) ID set in Settings for this kind of sign-in. Check the ID with your administrator.</source>
        <translation>O serviço de entrada não aceita a ID do aplicativo (cliente) definida em Configurações para este tipo de entrada. Verifique a ID com o administrador.</translation>
    </message>
    <message>
        <source>The sign-in service refused the request. Check the authority, tenant and application (client) ID in Settings.</source>
        <translation>O serviço de entrada recusou a solicitação. Verifique a autoridade, o locatário e a ID do aplicativo (cliente) em Configurações.</translation>
    </message>
    <message>
        <source>The service answered with an error of its own, and reading the current state afterwards failed, so PartnerDesk cannot tell whether the request took effect. Check the current state before trying again.</source>
        <translation>O serviço respondeu com um erro próprio e, depois, não foi possível ler o estado atual; por isso, o PartnerDesk não consegue saber se a solicitação teve efeito. Verifique o estado atual antes de tentar novamente.</translation>
    </message>
    <message>
        <source>PartnerDesk could not verify the service&apos;s certificate, so it sent nothing. Check the service address in Settings; a network that inspects encrypted traffic needs its certificate installed on this computer.</source>
        <translation>O PartnerDesk não conseguiu verificar o certificado do serviço e, por isso, não enviou nada. Verifique o endereço do serviço nas Configurações; uma rede que inspeciona o tráfego criptografado precisa ter o certificado dela instalado neste computador.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AppController</name>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>The new connection is used the next time PartnerDesk starts.</source>
        <translation>A nova conexão será usada na próxima vez que o PartnerDesk for iniciado.</translation>
    </message>
    <message>
        <source>Reset sandbox data</source>
        <translation>Redefinir os dados da área restrita</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only</source>
        <translation>Entrada mantida somente nesta sessão</translation>
    </message>
    <message>
        <source>This computer has no secret store PartnerDesk can use (such as GNOME Keyring or KWallet), so your sign-in is kept in memory only: PartnerDesk asks you to sign in again the next time it starts. Nothing is written to a file.</source>
        <translation>Este computador não tem um repositório de segredos que o PartnerDesk possa usar (como o GNOME Keyring ou o KWallet), então sua entrada é mantida somente na memória: o PartnerDesk pedirá que você entre novamente na próxima vez que for iniciado. Nada é gravado em arquivo.</translation>
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
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>Status do MCA</translation>
    </message>
    <message>
        <source>Has purchases</source>
        <translation>Tem compras</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Não foi possível ler</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
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
        <translation>Verifique o arquivo com --dry-run e entregue-o ao seu provedor indireto, que o executa.</translation>
    </message>
    <message>
        <source>Checking %1 rows of %2 (dry run: nothing is sent).</source>
        <translation>Verificando %1 linhas de %2 (simulação: nada é enviado).</translation>
    </message>
    <message>
        <source>Confirming %1 rows of %2 (journal: %3).</source>
        <translation>Confirmando %1 linhas de %2 (diário: %3).</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 valid, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>%1/%2 linhas: %3 válidas, %4 já confirmadas, %5 inválidas, %6 com falha, %7 ignoradas</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 confirmed, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>%1/%2 linhas: %3 confirmadas, %4 já confirmadas, %5 inválidas, %6 com falha, %7 ignoradas</translation>
    </message>
    <message>
        <source>; about %1 left</source>
        <translation>; faltam cerca de %1</translation>
    </message>
    <message numerus="yes">
        <source>; throttled %n time(s)</source>
        <translation>
            <numerusform>; limitado %n vez</numerusform>
            <numerusform>; limitado %n vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>A execução parou: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitações</translation>
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
        <translation>Diário</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationRunner</name>
    <message>
        <source>The same customer, contact and date as line %1: not sent twice.</source>
        <translation>Mesmo cliente, contato e data da linha %1: não é enviado duas vezes.</translation>
    </message>
    <message>
        <source>No customer of yours has this ID.</source>
        <translation>Nenhum cliente seu tem esta ID.</translation>
    </message>
    <message>
        <source>No customer of yours has the domain %1.</source>
        <translation>Nenhum cliente seu tem o domínio %1.</translation>
    </message>
    <message>
        <source>The customer with this ID has the domain %1, not %2.</source>
        <translation>O cliente com esta ID tem o domínio %1, não %2.</translation>
    </message>
    <message>
        <source>Confirmed: found recorded after an interrupted run, not sent again.</source>
        <translation>Confirmado: encontrado registrado após uma execução interrompida; não foi enviado novamente.</translation>
    </message>
    <message>
        <source>Line %1 confirms the same contact for this customer; Partner Center keeps one confirmation per contact.</source>
        <translation>A linha %1 confirma o mesmo contato para este cliente; o Partner Center mantém uma confirmação por contato.</translation>
    </message>
    <message>
        <source>Partner Center already has a confirmation with this contact (accepted on %1); nothing was sent.</source>
        <translation>O Partner Center já tem uma confirmação com este contato (aceito em %1); nada foi enviado.</translation>
    </message>
    <message>
        <source>Valid: would be confirmed.</source>
        <translation>Válido: seria confirmado.</translation>
    </message>
    <message>
        <source>The journal could not be written (%1); nothing was sent.</source>
        <translation>Não foi possível gravar o diário (%1); nada foi enviado.</translation>
    </message>
    <message>
        <source>Partner Center already had a confirmation with this contact (600061).</source>
        <translation>O Partner Center já tinha uma confirmação com este contato (600061).</translation>
    </message>
    <message>
        <source>Confirmed: the answer was lost, and reading showed the confirmation recorded.</source>
        <translation>Confirmado: a resposta se perdeu, e a leitura mostrou a confirmação registrada.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Confirmado.</translation>
    </message>
    <message>
        <source>Not sent: the run stopped because Partner Center could not be used (%1).</source>
        <translation>Não enviado: a execução parou porque não foi possível usar o Partner Center (%1).</translation>
    </message>
    <message>
        <source>Canceled while being sent: the next run with the same journal reads the customer&apos;s confirmations before sending again.</source>
        <translation>Cancelado durante o envio: a próxima execução com o mesmo diário lê as confirmações do cliente antes de enviar novamente.</translation>
    </message>
    <message>
        <source>Not done: the run was canceled. Run the file again with the same journal to finish it.</source>
        <translation>Não concluído: a execução foi cancelada. Execute o arquivo novamente com o mesmo diário para concluí-la.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationWindow</name>
    <message numerus="yes">
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>Falta cerca de %Ln segundo</numerusform>
            <numerusform>Faltam cerca de %Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>Falta cerca de %Ln minuto</numerusform>
            <numerusform>Faltam cerca de %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translation>Faltam cerca de %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2 rows shown</source>
        <translation>%1 de %2 linhas exibidas</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>Atestado em massa</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Abrir arquivo…</translation>
    </message>
    <message>
        <source>Open a CSV file with one confirmation per row (Ctrl+O); you can also drop it here</source>
        <translation>Abrir um arquivo CSV com uma confirmação por linha (Ctrl+O); você também pode soltá-lo aqui</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>E&amp;xibir:</translation>
    </message>
    <message>
        <source>Which rows to show</source>
        <translation>Linhas a exibir</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Linhas com problemas</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Linhas do arquivo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>A&amp;dvanced options</source>
        <translation>&amp;Opções avançadas</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>Solicitações para&amp;lelas:</translation>
    </message>
    <message>
        <source>How many requests are in flight at most</source>
        <translation>Número máximo de solicitações simultâneas</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>Solicitações por &amp;minuto:</translation>
    </message>
    <message>
        <source>Partner Center allows about 500 requests a minute per tenant; the default leaves room for other tools</source>
        <translation>O Partner Center permite cerca de 500 solicitações por minuto por locatário; o padrão deixa margem para outras ferramentas</translation>
    </message>
    <message>
        <source>Nothing new is sent while paused; requests already sent finish</source>
        <translation>Nada de novo é enviado durante a pausa; as solicitações já enviadas são concluídas</translation>
    </message>
    <message>
        <source>C&amp;ancel run</source>
        <translation>Ca&amp;ncelar execução</translation>
    </message>
    <message>
        <source>Stops the run; rows not done stay in the journal and are sent when you continue or open the file again</source>
        <translation>Para a execução; as linhas não concluídas ficam no diário e são enviadas quando você continuar ou abrir o arquivo novamente</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>&amp;Salvar resultados…</translation>
    </message>
    <message>
        <source>Every row of the file with its outcome, code and message, as CSV</source>
        <translation>Todas as linhas do arquivo com resultado, código e mensagem, em CSV</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Bulk attestation is running</source>
        <translation>O atestado em massa está em execução</translation>
    </message>
    <message>
        <source>%1 of %2 rows are done. Cancel the run and close the window?</source>
        <translation>%1 de %2 linhas concluídas. Cancelar a execução e fechar a janela?</translation>
    </message>
    <message>
        <source>Rows not done stay in the journal: open the same file again to finish them; no row is sent twice. Choose No to keep the run going.</source>
        <translation>As linhas não concluídas ficam no diário: abra o mesmo arquivo novamente para concluí-las; nenhuma linha é enviada duas vezes. Escolha Não para manter a execução.</translation>
    </message>
    <message>
        <source>Open a bulk attestation file</source>
        <translation>Abrir um arquivo de atestado em massa</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>Não é possível usar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>An earlier run of this file already settled %Ln row(s). Confirming continues with the rest; no row is sent twice.</source>
        <translation>
            <numerusform>Uma execução anterior deste arquivo já concluiu %Ln linha. A confirmação continua com as demais; nenhuma linha é enviada duas vezes.</numerusform>
            <numerusform>Uma execução anterior deste arquivo já concluiu %Ln linhas. A confirmação continua com as demais; nenhuma linha é enviada duas vezes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln row(s) not done yet to Partner Center?</source>
        <translation>
            <numerusform>Enviar ao Partner Center %Ln linha ainda não concluída?</numerusform>
            <numerusform>Enviar ao Partner Center as %Ln linhas ainda não concluídas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln confirmation(s) to Partner Center, for %1?</source>
        <translation>
            <numerusform>Enviar %Ln confirmação ao Partner Center, para %1?</numerusform>
            <numerusform>Enviar %Ln confirmações ao Partner Center, para %1?</numerusform>
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
        <translation>Cada uma registra que o contato indicado na linha aceitou o Contrato de Cliente da Microsoft na data informada. Linhas com problemas não são enviadas.</translation>
    </message>
    <message>
        <source>Confirm customers</source>
        <translation>Confirmar clientes</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 linhas</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>Parando: aguardando as solicitações já enviadas…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Estimando o tempo restante…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down (%Ln time(s)); PartnerDesk waits as it asks.</source>
        <translation>
            <numerusform>O Partner Center pediu para reduzir a velocidade (%Ln vez); o PartnerDesk aguarda conforme solicitado.</numerusform>
            <numerusform>O Partner Center pediu para reduzir a velocidade (%Ln vezes); o PartnerDesk aguarda conforme solicitado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check stopped: %1</source>
        <translation>A verificação parou: %1</translation>
    </message>
    <message>
        <source>No row can be sent. Correct the marked cells in the file and open it again.</source>
        <translation>Nenhuma linha pode ser enviada. Corrija as células marcadas no arquivo e abra-o novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can go in the file you hand over.</source>
        <translation>
            <numerusform>%Ln linha passou na verificação e pode entrar no arquivo que você vai entregar.</numerusform>
            <numerusform>%Ln linhas passaram na verificação e podem entrar no arquivo que você vai entregar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can be sent. Nothing has been sent yet.</source>
        <translation>
            <numerusform>%Ln linha passou na verificação e pode ser enviada. Nada foi enviado ainda.</numerusform>
            <numerusform>%Ln linhas passaram na verificação e podem ser enviadas. Nada foi enviado ainda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems: they are marked in the table.</source>
        <translation>
            <numerusform>%Ln linha tem problemas: ela está marcada na tabela.</numerusform>
            <numerusform>%Ln linhas têm problemas: elas estão marcadas na tabela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 confirmed, %2 already confirmed, %3 invalid, %4 failed, %5 skipped.</source>
        <translation>Concluído: %1 confirmadas, %2 já confirmadas, %3 inválidas, %4 com falha, %5 ignoradas.</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>A execução parou: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are not done; Continue sends them (nothing is sent twice).</source>
        <translation>
            <numerusform>%Ln linha não foi concluída; Continuar a envia (nada é enviado duas vezes).</numerusform>
            <numerusform>%Ln linhas não foram concluídas; Continuar as envia (nada é enviado duas vezes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Salvar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The results of %Ln row(s) were saved to %1.</source>
        <translation>
            <numerusform>Os resultados de %Ln linha foram salvos em %1.</numerusform>
            <numerusform>Os resultados de %Ln linhas foram salvos em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) that passed the check were saved to %1.</source>
        <translation>
            <numerusform>%Ln linha aprovada na verificação foi salva em %1.</numerusform>
            <numerusform>%Ln linhas aprovadas na verificação foram salvas em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln row(s) are listed with their problems in %1.</source>
        <translation>
            <numerusform>%Ln linha restante foi listada com seus problemas em %1.</numerusform>
            <numerusform>%Ln linhas restantes foram listadas com seus problemas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indirect resellers cannot confirm; your indirect provider runs this file with Bulk attestation or `partnerdesk-cli bulk attest`. Open the file here to check every row, then save the rows that passed as a file for your provider.</source>
        <translation>Revendedores indiretos não podem confirmar; seu provedor indireto executa este arquivo com o Atestado em massa ou `partnerdesk-cli bulk attest`. Abra o arquivo aqui para verificar cada linha e depois salve as linhas aprovadas como um arquivo para seu provedor.</translation>
    </message>
    <message>
        <source>You can check a file here and save the rows that passed for an Admin agent or a Sales agent, who runs it.</source>
        <translation>Você pode verificar um arquivo aqui e salvar as linhas aprovadas para um Agente administrador ou um Agente de vendas, que o executa.</translation>
    </message>
    <message>
        <source>No file open. Open a CSV file (Ctrl+O) or drop one here. Its header row names the columns customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed (YYYY-MM-DD).</source>
        <translation>Nenhum arquivo aberto. Abra um arquivo CSV (Ctrl+O) ou solte um aqui. A linha de cabeçalho dele indica as colunas customerId (ou domain), firstName, lastName, email, phoneNumber (opcional) e dateAgreed (AAAA-MM-DD).</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — %Ln linha</numerusform>
            <numerusform>%1 — %Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue with %Ln row(s)…</source>
        <translation>
            <numerusform>&amp;Continuar com %Ln linha…</numerusform>
            <numerusform>&amp;Continuar com %Ln linhas…</numerusform>
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
        <translation>Salvar arquivo para seu p&amp;rovedor…</translation>
    </message>
    <message>
        <source>Save &amp;checked file…</source>
        <translation>Salvar arquivo &amp;verificado…</translation>
    </message>
    <message>
        <source>The rows that passed the check, in the file&apos;s own columns; the other rows go with their problems to a second file beside it</source>
        <translation>As linhas aprovadas na verificação, nas colunas do próprio arquivo; as demais linhas vão, com seus problemas, para um segundo arquivo ao lado dele</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sem limite</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkHandOffFile</name>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o arquivo em %1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkInputError</name>
    <message>
        <source>The file is empty: it needs a header row with customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed.</source>
        <translation>O arquivo está vazio: ele precisa de uma linha de cabeçalho com customerId (ou domain), firstName, lastName, email, phoneNumber (opcional) e dateAgreed.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>O arquivo tem uma linha de cabeçalho, mas nenhuma linha de dados.</translation>
    </message>
    <message>
        <source>customerId (or domain, when the customer ID is not known)</source>
        <translation>customerId (ou domain, quando a ID do cliente não é conhecida)</translation>
    </message>
    <message>
        <source>The header row lacks these columns: %1.</source>
        <translation>Faltam estas colunas na linha de cabeçalho: %1.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header row.</source>
        <translation>A coluna “%1” aparece duas vezes na linha de cabeçalho.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal</name>
    <message>
        <source>no file identity</source>
        <translation>sem identidade de arquivo</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal::Error</name>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>Não foi possível abrir o diário %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another run. Wait for it to end, or choose another journal.</source>
        <translation>O diário %1 está em uso por outra execução. Aguarde o término dela ou escolha outro diário.</translation>
    </message>
    <message>
        <source>The journal %1 belongs to a different file (or to an earlier version of this one). Use the file it was made for, or choose another journal.</source>
        <translation>O diário %1 pertence a outro arquivo (ou a uma versão anterior deste). Use o arquivo para o qual ele foi criado ou escolha outro diário.</translation>
    </message>
    <message>
        <source>The file %1 is not a PartnerDesk bulk journal, or it is damaged: %2</source>
        <translation>O arquivo %1 não é um diário de operações em massa do PartnerDesk, ou está danificado: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkOutcome</name>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
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
        <translation>Já confirmado</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkResultFile</name>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>Não foi possível salvar os resultados em %1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowChecks</name>
    <message>
        <source>Give the customer&apos;s ID (or its domain, when the ID is not known).</source>
        <translation>Informe a ID do cliente (ou o domínio dele, quando a ID não é conhecida).</translation>
    </message>
    <message>
        <source>A customer ID looks like 14876998-c0dc-46e6-9d0c-65a57a6c32ec (the customer&apos;s tenant ID).</source>
        <translation>Uma ID de cliente tem esta aparência: 14876998-c0dc-46e6-9d0c-65a57a6c32ec (a ID de locatário do cliente).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowsModel</name>
    <message>
        <source>Customer ID %1, domain %2</source>
        <translation>ID do cliente %1, domínio %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID da solicitação: %1</translation>
    </message>
    <message>
        <source>%1 (problem: %2)</source>
        <translation>%1 (problema: %2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Customer ID or domain</source>
        <translation>ID do cliente ou domínio</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Aceito em</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
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
        <translation>Linha de comando do PartnerDesk: operações do Contrato de Cliente da Microsoft.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default: table).</source>
        <translation>Formato de saída: table, json ou csv (padrão: table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Language of messages, such as tr or de (default: the system&apos;s).</source>
        <translation>Idioma das mensagens, como tr ou de (padrão: o do sistema).</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>LOCALIDADE</translation>
    </message>
    <message>
        <source>First name of the person who accepted.</source>
        <translation>Nome da pessoa que aceitou.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Last name of the person who accepted.</source>
        <translation>Sobrenome da pessoa que aceitou.</translation>
    </message>
    <message>
        <source>Email address of the person who accepted.</source>
        <translation>Endereço de email da pessoa que aceitou.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Phone number of the person who accepted (optional).</source>
        <translation>Telefone da pessoa que aceitou (opcional).</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFONE</translation>
    </message>
    <message>
        <source>Agreement acceptance date, YYYY-MM-DD.</source>
        <translation>Data de aceitação do contrato, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Check everything, send nothing.</source>
        <translation>Verificar tudo, não enviar nada.</translation>
    </message>
    <message>
        <source>Country/region, two letters (templates).</source>
        <translation>País/região, duas letras (modelos).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Language of the template, such as de-DE.</source>
        <translation>Idioma do modelo, como pt-BR.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Only customers whose company name starts with this.</source>
        <translation>Somente clientes cujo nome da empresa começa com este texto.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIXO</translation>
    </message>
    <message>
        <source>Bulk: requests in flight at most (default: %1).</source>
        <translation>Em massa: máximo de solicitações simultâneas (padrão: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bulk: requests a minute at most (default: %1).</source>
        <translation>Em massa: máximo de solicitações por minuto (padrão: %1).</translation>
    </message>
    <message>
        <source>PER_MINUTE</source>
        <translation>POR_MINUTO</translation>
    </message>
    <message>
        <source>Bulk: the journal that makes a run resumable (default: beside the results).</source>
        <translation>Em massa: o diário que permite retomar uma execução (padrão: junto aos resultados).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Bulk: the result file (default: beside the input file).</source>
        <translation>Em massa: o arquivo de resultados (padrão: junto ao arquivo de entrada).</translation>
    </message>
    <message>
        <source>The command (see above).</source>
        <translation>O comando (veja acima).</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS]</source>
        <translation>COMANDO [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Informe um comando.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, json or csv.</source>
        <translation>Formato desconhecido “%1”: use table, json ou csv.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2.</source>
        <translation>--%1 aceita um número inteiro de 1 a %2.</translation>
    </message>
    <message>
        <source>No token: set PARTNERDESK_TOKEN, or run `partnerdesk-cli signin`.</source>
        <translation>Sem token: defina PARTNERDESK_TOKEN ou execute `partnerdesk-cli signin`.</translation>
    </message>
    <message>
        <source>Name the customer: the customer&apos;s tenant ID.</source>
        <translation>Informe o cliente: a ID de locatário do cliente.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconhecido “%1”.</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>ID do modelo</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Tipo de contrato</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Version rank</source>
        <translation>Classificação da versão</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Confirmed by partner</source>
        <translation>Confirmado pelo parceiro</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>Aceito diretamente</translation>
    </message>
    <message>
        <source>May buy</source>
        <translation>Pode comprar</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Data de aceitação</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Aceito por</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Valid: nothing was sent (dry run).</source>
        <translation>Válido: nada foi enviado (simulação).</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has this confirmation.</source>
        <translation>Já confirmado: o Partner Center tem esta confirmação.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Confirmado.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>Use um código de país de duas letras, como US ou BR.</translation>
    </message>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>O Partner Center não indicou nenhum modelo do Contrato de Cliente da Microsoft.</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>País/região</translation>
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
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relação</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contato principal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Request ID: %1, correlation ID: %2</source>
        <translation>ID da solicitação: %1, ID de correlação: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Partner Center address (default: start the embedded sandbox). The token comes from PARTNERDESK_TOKEN, else from `partnerdesk-cli signin`.</source>
        <translation>Endereço do Partner Center (padrão: iniciar a área restrita integrada). O token vem de PARTNERDESK_TOKEN ou, se não houver, de `partnerdesk-cli signin`.</translation>
    </message>
    <message>
        <source>Sign-in service (default: https://login.microsoftonline.com; the sandbox&apos;s own address for a sandbox).</source>
        <translation>Serviço de entrada (padrão: https://login.microsoftonline.com; para uma área restrita, o endereço da própria área restrita).</translation>
    </message>
    <message>
        <source>Your partner tenant: its ID or domain (default: organizations).</source>
        <translation>Seu locatário de parceiro: a ID ou o domínio dele (padrão: organizations).</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>LOCATÁRIO</translation>
    </message>
    <message>
        <source>The application (client) ID registered for PartnerDesk.</source>
        <translation>A ID do aplicativo (cliente) registrada para o PartnerDesk.</translation>
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
  signin [--tenant LOCATÁRIO] [--client-id ID] [--authority URL]
  signout
  agreement metadata
  agreement status ID_CLIENTE
  agreement confirm ID_CLIENTE --first NOME --last SOBRENOME --email EMAIL [--phone TELEFONE] --date AAAA-MM-DD [--dry-run]
  agreement template [--country CC] [--language ll-CC]
  customers list [--search PREFIXO]
  customers show ID_CLIENTE
  invite link
  bulk attest ARQUIVO.csv [--dry-run] [--concurrency N] [--rate POR_MINUTO]
              [--journal ARQUIVO] [--results ARQUIVO]
Códigos de saída: 0 sucesso (também “já confirmado”), 2 entrada inválida ou recusada antes do envio,
3 o serviço respondeu com um erro, 4 falha de rede,
5 algumas linhas de um arquivo em massa inválidas ou com falha (as demais linhas concluídas).</translation>
    </message>
    <message>
        <source>Warning: the new sign-in could not be kept in the secret store (%1).</source>
        <translation>Aviso: não foi possível manter a nova entrada no repositório de segredos (%1).</translation>
    </message>
    <message>
        <source>Name the application (client) ID registered for PartnerDesk: --client-id ID.</source>
        <translation>Informe a ID do aplicativo (cliente) registrada para o PartnerDesk: --client-id ID.</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so a sign-in cannot be kept for later commands. Set PARTNERDESK_TOKEN for each run instead.</source>
        <translation>Este sistema não tem um repositório de segredos que o PartnerDesk possa usar, então não é possível manter uma entrada para os próximos comandos. Em vez disso, defina PARTNERDESK_TOKEN em cada execução.</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2. Waiting until %3…</source>
        <translation>Para entrar, abra %1 em um navegador e insira o código %2. Aguardando até %3…</translation>
    </message>
    <message>
        <source>No connection to the sign-in service; still waiting.</source>
        <translation>Sem conexão com o serviço de entrada; ainda aguardando.</translation>
    </message>
    <message>
        <source>The sign-in service gave no refresh token (the offline_access scope), so nothing can be kept.</source>
        <translation>O serviço de entrada não forneceu um token de atualização (o escopo offline_access), então nada pode ser mantido.</translation>
    </message>
    <message>
        <source>The sign-in worked, but the secret store refused to keep it (%1). Set PARTNERDESK_TOKEN instead.</source>
        <translation>A entrada funcionou, mas o repositório de segredos se recusou a mantê-la (%1). Em vez disso, defina PARTNERDESK_TOKEN.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), tenant %3.</source>
        <translation>Conectado como %1 (%2), locatário %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use: there is no sign-in to remove.</source>
        <translation>Este sistema não tem um repositório de segredos que o PartnerDesk possa usar: não há nenhuma entrada para remover.</translation>
    </message>
    <message>
        <source>Signed out: the kept sign-in is removed.</source>
        <translation>Desconectado: a entrada mantida foi removida.</translation>
    </message>
    <message>
        <source>There was no kept sign-in to remove.</source>
        <translation>Não havia nenhuma entrada mantida para remover.</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so no sign-in was kept.</source>
        <translation>Este sistema não tem um repositório de segredos que o PartnerDesk possa usar, então nenhuma entrada foi mantida.</translation>
    </message>
    <message>
        <source>The secret store could not remove the sign-in (%1).</source>
        <translation>O repositório de segredos não conseguiu remover a entrada (%1).</translation>
    </message>
    <message>
        <source>Run `partnerdesk-cli signin` again.</source>
        <translation>Execute `partnerdesk-cli signin` novamente.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmAgreementDialog</name>
    <message>
        <source>The customer&apos;s details could not be read, so nothing is filled in and the phone number is checked without the country&apos;s rules. %1</source>
        <translation>Não foi possível ler os dados do cliente; por isso, nada foi preenchido e o telefone é verificado sem as regras do país. %1</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation, recorded for an acceptance on %1. If someone else accepted the agreement, enter that person instead.</source>
        <translation>Preenchido com base na confirmação mais recente, registrada para uma aceitação em %1. Se outra pessoa aceitou o contrato, insira essa pessoa.</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation. If someone else accepted the agreement, enter that person instead.</source>
        <translation>Preenchido com base na confirmação mais recente. Se outra pessoa aceitou o contrato, insira essa pessoa.</translation>
    </message>
    <message>
        <source>Filled in from the primary contact of the billing profile. Make sure this is the person who accepted the agreement; if not, enter the right person.</source>
        <translation>Preenchido com base no contato principal do perfil de cobrança. Verifique se essa é a pessoa que aceitou o contrato; se não for, insira a pessoa certa.</translation>
    </message>
    <message>
        <source>The country&apos;s phone number format could not be read, so the phone number is checked without it.</source>
        <translation>Não foi possível ler o formato de telefone do país; por isso, o telefone é verificado sem ele.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — confirm customer acceptance</source>
        <translation>Contrato de Cliente da Microsoft — confirmar a aceitação do cliente</translation>
    </message>
    <message>
        <source>Confirm that the customer accepted the Microsoft Customer Agreement</source>
        <translation>Confirme que o cliente aceitou o Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>Confirm that %1 accepted the Microsoft Customer Agreement</source>
        <translation>Confirme que %1 aceitou o Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>Enter the first name, last name, email address and phone number (optional) of the person who accepted the agreement, and the date they accepted it. The date cannot be in the future.</source>
        <translation>Insira o nome, o sobrenome, o email e o telefone (opcional) da pessoa que aceitou o contrato e a data em que ela o aceitou. A data não pode estar no futuro.</translation>
    </message>
    <message>
        <source>Before this order can be placed, confirm that the customer accepted the Microsoft Customer Agreement: nobody has confirmed it yet, and the customer has not accepted it in the Microsoft 365 admin center. When you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>Antes de fazer este pedido, confirme que o cliente aceitou o Contrato de Cliente da Microsoft: ninguém o confirmou ainda, e o cliente não o aceitou no Centro de administração do Microsoft 365. Ao salvar, o PartnerDesk registra a confirmação e depois faz o pedido.</translation>
    </message>
    <message>
        <source>Partner Center refused the order because it has no record that the customer accepted the Microsoft Customer Agreement (error 13605). Confirm their acceptance; when you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>O Partner Center recusou o pedido porque não tem registro de que o cliente aceitou o Contrato de Cliente da Microsoft (erro 13605). Confirme a aceitação; ao salvar, o PartnerDesk registra a confirmação e depois faz o pedido.</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Salvar e continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Saving the confirmation…</source>
        <translation>Salvando a confirmação…</translation>
    </message>
    <message>
        <source>Record in Partner Center that the customer accepted the Microsoft Customer Agreement (Enter)</source>
        <translation>Registrar no Partner Center que o cliente aceitou o Contrato de Cliente da Microsoft (Enter)</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s details…</source>
        <translation>Lendo os dados do cliente…</translation>
    </message>
    <message>
        <source>Canceled. If the confirmation reached Partner Center before you canceled, saving again reports it as already confirmed.</source>
        <translation>Cancelado. Se a confirmação chegou ao Partner Center antes do cancelamento, salvar novamente a informará como já confirmada.</translation>
    </message>
    <message>
        <source>Stop saving; what you entered stays (Esc)</source>
        <translation>Parar de salvar; o que você inseriu é mantido (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Partner Center compares the date with today in UTC, which can still be yesterday where you are.</source>
        <translation>O Partner Center compara a data com a de hoje em UTC, que ainda pode ser ontem onde você está.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmationPage</name>
    <message>
        <source>Confirmation</source>
        <translation>Confirmação</translation>
    </message>
    <message>
        <source>The customer has been created.</source>
        <translation>O cliente foi criado.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Sign-in details of the customer&apos;s administrator</source>
        <translation>Credenciais de entrada do administrador do cliente</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy the user name</source>
        <translation>Copiar o nome de usuário</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copiar a senha</translation>
    </message>
    <message>
        <source>This password is shown only this once. Copy it now and keep it somewhere safe: PartnerDesk does not store it and Partner Center cannot show it again. You will need to give these details to the customer.</source>
        <translation>Esta senha é exibida somente desta vez. Copie-a agora e guarde-a em um lugar seguro: o PartnerDesk não a armazena e o Partner Center não pode exibi-la novamente. Você precisará fornecer esses dados ao cliente.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>&amp;Try confirming again</source>
        <translation>&amp;Tentar confirmar novamente</translation>
    </message>
    <message>
        <source>&amp;Open the customer&apos;s page</source>
        <translation>&amp;Abrir a página do cliente</translation>
    </message>
    <message>
        <source>&amp;Send invitation…</source>
        <translation>&amp;Enviar convite…</translation>
    </message>
    <message>
        <source>Write the email that invites the customer to accept the Microsoft Customer Agreement in the Microsoft 365 admin center, with these sign-in details.</source>
        <translation>Escreva o email que convida o cliente a aceitar o Contrato de Cliente da Microsoft no Centro de administração do Microsoft 365, com estas credenciais de entrada.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>%1 was created with the domain %2.</source>
        <translation>%1 foi criado com o domínio %2.</translation>
    </message>
    <message>
        <source>Partner Center sent no sign-in details for this customer. Reset the administrator&apos;s password in the Microsoft 365 admin center.</source>
        <translation>O Partner Center não enviou credenciais de entrada para este cliente. Redefina a senha do administrador no Centro de administração do Microsoft 365.</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>Registrando a confirmação da aceitação…</translation>
    </message>
    <message>
        <source>The customer cannot make a purchase until they accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Send them the invitation: it holds the link and the sign-in details above.</source>
        <translation>O cliente não pode fazer compras até aceitar o Contrato de Cliente da Microsoft no Centro de administração do Microsoft 365. Envie o convite: ele contém o link e as credenciais de entrada acima.</translation>
    </message>
    <message>
        <source>The customer was created, but the confirmation of acceptance could not be recorded. %1 Try again now, or confirm it later from the customer&apos;s page (Account info, Microsoft Customer Agreement, Update); the customer is not created twice.</source>
        <translation>O cliente foi criado, mas não foi possível registrar a confirmação da aceitação. %1 Tente novamente agora ou confirme mais tarde na página do cliente (Informações da conta, Contrato de Cliente da Microsoft, Atualizar); o cliente não é criado duas vezes.</translation>
    </message>
    <message>
        <source>This confirmation of acceptance was already recorded; nothing else is needed.</source>
        <translation>Esta confirmação da aceitação já estava registrada; nada mais é necessário.</translation>
    </message>
    <message>
        <source>Confirmed: %1 %2 accepted the Microsoft Customer Agreement on %3. The customer can make purchases.</source>
        <translation>Confirmado: %1 %2 aceitou o Contrato de Cliente da Microsoft em %3. O cliente pode fazer compras.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ContactForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>So&amp;brenome</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>&amp;Endereço de email</translation>
    </message>
    <message>
        <source>&amp;Phone number (optional)</source>
        <translation>&amp;Telefone (opcional)</translation>
    </message>
    <message>
        <source>Agreement &amp;acceptance date</source>
        <translation>&amp;Data de aceitação do contrato</translation>
    </message>
    <message>
        <source>The date the customer accepted the agreement. It cannot be in the future.</source>
        <translation>A data em que o cliente aceitou o contrato. Ela não pode estar no futuro.</translation>
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
        <translation>País desconhecido</translation>
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
        <translation>Verificação cancelada.</translation>
    </message>
    <message>
        <source>Scan canceled. The numbers shown are from the last complete scan.</source>
        <translation>Verificação cancelada. Os números exibidos são da última verificação completa.</translation>
    </message>
    <message>
        <source>Coverage dashboard — Microsoft Customer Agreement</source>
        <translation>Painel de cobertura — Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>&amp;Scan all customers</source>
        <translation>&amp;Verificar todos os clientes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Reads the agreement status of every customer.</source>
        <translation>Lê o status do contrato de todos os clientes.</translation>
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
        <translation>O status de todos os clientes em um arquivo de planilha.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>A dated report with the chart and the tables, for your records.</source>
        <translation>Um relatório datado com o gráfico e as tabelas, para seus registros.</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progresso da verificação</translation>
    </message>
    <message>
        <source>Customers by agreement status</source>
        <translation>Clientes por status do contrato</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>By &amp;country</source>
        <translation>Por pa&amp;ís</translation>
    </message>
    <message>
        <source>Coverage by country</source>
        <translation>Cobertura por país</translation>
    </message>
    <message>
        <source>&amp;Needs attention (%1)</source>
        <translation>Precisam de a&amp;tenção (%1)</translation>
    </message>
    <message>
        <source>Customers that need attention</source>
        <translation>Clientes que precisam de atenção</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Abrir cliente</translation>
    </message>
    <message>
        <source>— less than a minute left</source>
        <translation>— falta menos de um minuto</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1</source>
        <translation>Não foi possível ler a lista de clientes: %1</translation>
    </message>
    <message>
        <source>Scan to see how many of your customers have accepted the Microsoft Customer Agreement.</source>
        <translation>Faça uma verificação para ver quantos dos seus clientes aceitaram o Contrato de Cliente da Microsoft.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Listing customers…</source>
        <translation>Listando clientes…</translation>
    </message>
    <message>
        <source>Last scanned: %1</source>
        <translation>Última verificação: %1</translation>
    </message>
    <message>
        <source>Export the status of every customer</source>
        <translation>Exportar o status de todos os clientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Não foi possível salvar o arquivo: %1</translation>
    </message>
    <message>
        <source>Export the coverage report</source>
        <translation>Exportar o relatório de cobertura</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Não foi possível salvar o relatório: %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Relatório salvo em %1.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked PartnerDesk to slow down; the scan goes on in %Ln second(s).</source>
        <translation>
            <numerusform>O Partner Center pediu ao PartnerDesk para reduzir a velocidade; a verificação continua em %Ln segundo.</numerusform>
            <numerusform>O Partner Center pediu ao PartnerDesk para reduzir a velocidade; a verificação continua em %Ln segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read</source>
        <translation>
            <numerusform>%1 de %Ln cliente lido</numerusform>
            <numerusform>%1 de %Ln clientes lidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read (listing…)</source>
        <translation>
            <numerusform>%1 de %Ln cliente lido (listando…)</numerusform>
            <numerusform>%1 de %Ln clientes lidos (listando…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— about %Ln minute(s) left</source>
        <translation>
            <numerusform>— falta cerca de %Ln minuto</numerusform>
            <numerusform>— faltam cerca de %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; a customer whose status could not be read is counted as unknown. Last error: %1</source>
        <translation>
            <numerusform>Não foi possível ler %Ln cliente por completo; um cliente cujo status não pôde ser lido é contado como desconhecido. Último erro: %1</numerusform>
            <numerusform>Não foi possível ler %Ln clientes por completo; um cliente cujo status não pôde ser lido é contado como desconhecido. Último erro: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>%Ln cliente não confirmado já tem compras: ele não pode aceitar no Centro de administração do Microsoft 365, então sua organização deve confirmar a aceitação dele.</numerusform>
            <numerusform>%Ln clientes não confirmados já têm compras: eles não podem aceitar no Centro de administração do Microsoft 365, então sua organização deve confirmar a aceitação deles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the status of %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Status de %Ln cliente salvo em %1.</numerusform>
            <numerusform>Status de %Ln clientes salvo em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CoveragePdf</name>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Gerado em</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Verificado em</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>Status do Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Percentual</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <source>Customers that need attention (%1)</source>
        <translation>Clientes que precisam de atenção (%1)</translation>
    </message>
    <message>
        <source>Every customer is confirmed by your organization or accepted directly.</source>
        <translation>Todos os clientes foram confirmados pela sua organização ou aceitaram diretamente.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement coverage</source>
        <translation>Cobertura do Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a number of customers and their share</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>%Ln cliente não confirmado já tem compras: ele não pode aceitar no Centro de administração do Microsoft 365, então sua organização deve confirmar a aceitação dele.</numerusform>
            <numerusform>%Ln clientes não confirmados já têm compras: eles não podem aceitar no Centro de administração do Microsoft 365, então sua organização deve confirmar a aceitação deles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; their status may be shown as unknown.</source>
        <translation>
            <numerusform>Não foi possível ler %Ln cliente por completo; o status dele pode aparecer como desconhecido.</numerusform>
            <numerusform>Não foi possível ler %Ln clientes por completo; o status deles pode aparecer como desconhecido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CreateCustomerFlow</name>
    <message>
        <source>Creating the customer…</source>
        <translation>Criando o cliente…</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>Registrando a confirmação da aceitação…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CsvError</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Não foi possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (“Unicode text”), not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>O arquivo está salvo como UTF-16 (“Texto Unicode”), não UTF-8. Salve-o novamente como “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-32, not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>O arquivo está salvo como UTF-32, não UTF-8. Salve-o novamente como “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8: the file looks like Latin-1 or another 8-bit code page (such as Windows-1252). Save it again as “CSV UTF-8”.</source>
        <translation>A linha %1 não é UTF-8 válido: o arquivo parece estar em Latin-1 ou em outra página de código de 8 bits (como Windows-1252). Salve-o novamente como “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The field starting on line %1 is longer than %2 characters; PartnerDesk stopped reading the file.</source>
        <translation>O campo que começa na linha %1 tem mais de %2 caracteres; o PartnerDesk parou de ler o arquivo.</translation>
    </message>
    <message>
        <source>The record on line %1 is too large (more than %2 fields or characters); PartnerDesk stopped reading the file.</source>
        <translation>O registro da linha %1 é grande demais (mais de %2 campos ou caracteres); o PartnerDesk parou de ler o arquivo.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>O arquivo tem mais de %1 linhas; divida-o em arquivos menores.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>O arquivo tem mais de %1 MB; divida-o em arquivos menores.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation>O campo entre aspas que começa na linha %1 nunca é fechado: falta uma aspa (&quot;).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Customer</name>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Consultor</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Sindicação</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>Suporte da Microsoft</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecida</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerAccountLoader</name>
    <message>
        <source>The customer&apos;s billing address names no country, so its rules are unknown.</source>
        <translation>O endereço de cobrança do cliente não indica nenhum país, então as regras dele são desconhecidas.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerEvidenceWidget</name>
    <message>
        <source>There are no evidence records for this customer; nothing was written.</source>
        <translation>Não há registros de evidências para este cliente; nada foi gravado.</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as PDF</source>
        <translation>Exportar as evidências deste cliente em PDF</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as JSON</source>
        <translation>Exportar as evidências deste cliente em JSON</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln registro gravado em %1.</numerusform>
            <numerusform>%Ln registros gravados em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every confirmation sent from PartnerDesk for this customer, newest first, with the answer Partner Center gave. Kept on this computer.</source>
        <translation>Todas as confirmações enviadas pelo PartnerDesk para este cliente, mais recentes primeiro, com a resposta do Partner Center. Mantidas neste computador.</translation>
    </message>
    <message>
        <source>Evidence records</source>
        <translation>Registros de evidências</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Re&amp;quest id:</source>
        <translation>ID da &amp;solicitação:</translation>
    </message>
    <message>
        <source>C&amp;orrelation id:</source>
        <translation>ID de c&amp;orrelação:</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID da solicitação</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>ID de correlação</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a JSON file</source>
        <translation>Salvar os registros de evidências deste cliente como arquivo JSON</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a PDF report</source>
        <translation>Salvar os registros de evidências deste cliente como relatório PDF</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer. Confirmations still reach Partner Center, but none is recorded here until PartnerDesk is restarted with the file accessible.</source>
        <translation>Os registros de evidências não estão disponíveis: o PartnerDesk não conseguiu abrir o arquivo de evidências neste computador. As confirmações continuam chegando ao Partner Center, mas nenhuma é registrada aqui até que o PartnerDesk seja reiniciado com o arquivo acessível.</translation>
    </message>
    <message>
        <source>No evidence yet: no confirmation for this customer has been sent from PartnerDesk on this computer.</source>
        <translation>Ainda não há evidências: nenhuma confirmação para este cliente foi enviada pelo PartnerDesk neste computador.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListLoader</name>
    <message>
        <source>A page of customers could not be read consistently.</source>
        <translation>Não foi possível ler uma página de clientes de forma consistente.</translation>
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
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>País/região</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>Status do MCA</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Aceito em</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relação</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Read the customer and the agreement status again (F5)</source>
        <translation>Ler o cliente e o status do contrato novamente (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Carregando</translation>
    </message>
    <message>
        <source>Account info</source>
        <translation>Informações da conta</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domínio:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relação:</translation>
    </message>
    <message>
        <source>Subscriptions:</source>
        <translation>Assinaturas:</translation>
    </message>
    <message>
        <source>Primary contact:</source>
        <translation>Contato principal:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Endereço de cobrança:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>Latest confirmation:</source>
        <translation>Última confirmação:</translation>
    </message>
    <message>
        <source>Direct acceptance:</source>
        <translation>Aceitação direta:</translation>
    </message>
    <message>
        <source>Confirmation &amp;history (newest first)</source>
        <translation>&amp;Histórico de confirmações (mais recentes primeiro)</translation>
    </message>
    <message>
        <source>Confirmation history</source>
        <translation>Histórico de confirmações</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>Status do Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>Direct acceptance in the Microsoft 365 admin center</source>
        <translation>Aceitação direta no Centro de administração do Microsoft 365</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;Atualizar…</translation>
    </message>
    <message>
        <source>&amp;Invite to accept…</source>
        <translation>&amp;Convidar para aceitar…</translation>
    </message>
    <message>
        <source>Agreement &amp;template…</source>
        <translation>&amp;Modelo do contrato…</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Novo pedido…</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>Lendo o cliente…</translation>
    </message>
    <message>
        <source>Reading the agreement status…</source>
        <translation>Lendo o status do contrato…</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>Lendo as assinaturas…</translation>
    </message>
    <message>
        <source>Loading was canceled; what is shown may be incomplete.</source>
        <translation>O carregamento foi cancelado; o que é exibido pode estar incompleto.</translation>
    </message>
    <message>
        <source>Some of this customer&apos;s details could not be read. %1</source>
        <translation>Não foi possível ler alguns dados deste cliente. %1</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Consultor</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Sindicação</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>Suporte da Microsoft</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer — Account info</source>
        <translation>Cliente — Informações da conta</translation>
    </message>
    <message>
        <source>%1 · customer id %2</source>
        <translation>%1 · ID do cliente %2</translation>
    </message>
    <message>
        <source>%1 — Account info</source>
        <translation>%1 — Informações da conta</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <translation>%1, telefone %2</translation>
    </message>
    <message>
        <source>%1 (culture %2)</source>
        <translation>%1 (cultura %2)</translation>
    </message>
    <message>
        <source>None through your organization</source>
        <translation>Nenhuma por meio da sua organização</translation>
    </message>
    <message numerus="yes">
        <source>Through your organization: %n</source>
        <translation>
            <numerusform>Por meio da sua organização: %n</numerusform>
            <numerusform>Por meio da sua organização: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Não foi possível ler</translation>
    </message>
    <message>
        <source>The agreement status could not be read. Use Retry.</source>
        <translation>Não foi possível ler o status do contrato. Use Tentar novamente.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2.</source>
        <translation>Aceito por %1 em %2.</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>No partner confirmation yet.</source>
        <translation>Ainda não há confirmação do parceiro.</translation>
    </message>
    <message>
        <source>Could not be read.</source>
        <translation>Não foi possível ler.</translation>
    </message>
    <message>
        <source>The customer accepted in the Microsoft 365 admin center.</source>
        <translation>O cliente aceitou no Centro de administração do Microsoft 365.</translation>
    </message>
    <message>
        <source>Not accepted in the Microsoft 365 admin center.</source>
        <translation>Não aceito no Centro de administração do Microsoft 365.</translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for new purchases, so the partner&apos;s confirmation is the record Partner Center relies on. If someone else at the customer accepted the agreement, record that person with Update.</source>
        <translation>
            <numerusform>Este cliente tem compras existentes por meio da sua organização (assinaturas: %n) e não aceitou o contrato no Centro de administração do Microsoft 365. Um cliente com compras existentes por meio de um parceiro não pode aceitá-lo lá para novas compras; por isso, a confirmação do parceiro é o registro em que o Partner Center se baseia. Se outra pessoa do cliente aceitou o contrato, registre essa pessoa com Atualizar.</numerusform>
            <numerusform>Este cliente tem compras existentes por meio da sua organização (assinaturas: %n) e não aceitou o contrato no Centro de administração do Microsoft 365. Um cliente com compras existentes por meio de um parceiro não pode aceitá-lo lá para novas compras; por isso, a confirmação do parceiro é o registro em que o Partner Center se baseia. Se outra pessoa do cliente aceitou o contrato, registre essa pessoa com Atualizar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for a new purchase: the admin center tells them &quot;Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.&quot; The partner must attest on the customer&apos;s behalf.</source>
        <translation>
            <numerusform>Este cliente tem compras existentes por meio da sua organização (assinaturas: %n) e não aceitou o contrato no Centro de administração do Microsoft 365. Um cliente com compras existentes por meio de um parceiro não pode aceitá-lo lá para uma nova compra: o centro de administração informa “Entre em contato com seu parceiro para confirmar sua aceitação do Contrato de Cliente da Microsoft.” O parceiro deve atestar em nome do cliente.</numerusform>
            <numerusform>Este cliente tem compras existentes por meio da sua organização (assinaturas: %n) e não aceitou o contrato no Centro de administração do Microsoft 365. Um cliente com compras existentes por meio de um parceiro não pode aceitá-lo lá para uma nova compra: o centro de administração informa “Entre em contato com seu parceiro para confirmar sua aceitação do Contrato de Cliente da Microsoft.” O parceiro deve atestar em nome do cliente.</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no purchases through your organization yet. If they already buy through another partner, the Microsoft 365 admin center will not let them accept the agreement for your new relationship either (it tells them to reach out to their partner), and the partner must attest on their behalf. Otherwise the customer can accept it in the admin center.</source>
        <translation>Este cliente ainda não tem compras por meio da sua organização. Se ele já compra por meio de outro parceiro, o Centro de administração do Microsoft 365 também não permitirá que ele aceite o contrato para a nova relação com você (ele é orientado a entrar em contato com o parceiro), e o parceiro deve atestar em nome dele. Caso contrário, o cliente pode aceitá-lo no centro de administração.</translation>
    </message>
    <message>
        <source>You prepare that hand-off file with Bulk attestation in the main window; it checks every row before you send it to your provider.</source>
        <translation>Você prepara esse arquivo de transferência com o atestado em massa na janela principal; ele verifica cada linha antes de você enviá-lo ao seu provedor.</translation>
    </message>
    <message>
        <source>An Admin agent or a Sales agent can confirm the customer&apos;s acceptance.</source>
        <translation>Um Agente administrador ou um Agente de vendas pode confirmar a aceitação do cliente.</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance.</source>
        <translation>Para desbloquear os pedidos (o Partner Center os recusa com o erro 13605), use Atualizar para confirmar a aceitação do cliente.</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance, or Invite to accept to ask the customer to accept it in the Microsoft 365 admin center.</source>
        <translation>Para desbloquear os pedidos (o Partner Center os recusa com o erro 13605), use Atualizar para confirmar a aceitação do cliente ou Convidar para aceitar para pedir que o cliente o aceite no Centro de administração do Microsoft 365.</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has a confirmation with exactly this contact, so nothing new was recorded.</source>
        <translation>Já confirmado: o Partner Center tem uma confirmação com exatamente este contato, então nada de novo foi registrado.</translation>
    </message>
    <message>
        <source>Saved: %1&apos;s acceptance on %2 is recorded.</source>
        <translation>Salvo: a aceitação de %1 em %2 está registrada.</translation>
    </message>
    <message>
        <source>(The answer was lost on the way; PartnerDesk read the confirmations and found it recorded.)</source>
        <translation>(A resposta se perdeu no caminho; o PartnerDesk leu as confirmações e a encontrou registrada.)</translation>
    </message>
    <message>
        <source>The customer could not be read. Use Retry.</source>
        <translation>Não foi possível ler o cliente. Use Tentar novamente.</translation>
    </message>
    <message>
        <source>Confirm who at the customer accepted the Microsoft Customer Agreement, and when</source>
        <translation>Confirmar quem no cliente aceitou o Contrato de Cliente da Microsoft, e quando</translation>
    </message>
    <message>
        <source>Write an email inviting the customer to accept the agreement in the Microsoft 365 admin center</source>
        <translation>Escrever um email convidando o cliente a aceitar o contrato no Centro de administração do Microsoft 365</translation>
    </message>
    <message>
        <source>Open or download the agreement for the customer&apos;s country</source>
        <translation>Abrir ou baixar o contrato do país do cliente</translation>
    </message>
    <message>
        <source>Place an order; the customer&apos;s acceptance is checked first</source>
        <translation>Fazer um pedido; a aceitação do cliente é verificada antes</translation>
    </message>
    <message>
        <source>Open or download the agreement; the customer&apos;s address names no country, so choose it there</source>
        <translation>Abrir ou baixar o contrato; o endereço do cliente não indica nenhum país, então escolha-o lá</translation>
    </message>
    <message>
        <source>&amp;Prepare a file for your provider…</source>
        <translation>&amp;Preparar um arquivo para seu provedor…</translation>
    </message>
    <message>
        <source>Bulk attestation checks every row of a CSV file and saves the rows that pass as a file for your indirect provider</source>
        <translation>O atestado em massa verifica cada linha de um arquivo CSV e salva as linhas aprovadas como um arquivo para seu provedor indireto</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk (%1)</source>
        <translation>&amp;Evidências enviadas pelo PartnerDesk (%1)</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk</source>
        <translation>&amp;Evidências enviadas pelo PartnerDesk</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignIn</name>
    <message>
        <source>The sign-in service did not answer with a code and a page to enter it.</source>
        <translation>O serviço de entrada não respondeu com um código e uma página para inseri-lo.</translation>
    </message>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>O serviço de entrada respondeu sem um token.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignInDialog</name>
    <message>
        <source>The code is copied. Paste it on the sign-in page.</source>
        <translation>O código foi copiado. Cole-o na página de entrada.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open %1 in a browser yourself.</source>
        <translation>Não foi possível abrir um navegador. Abra %1 manualmente em um navegador.</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>Entrar no Partner Center</translation>
    </message>
    <message>
        <source>Sign in with your work account — an Admin agent or Sales agent account of your partner organization — on Microsoft&apos;s sign-in page: open the page, enter the code below and complete the sign-in there, multi-factor authentication included. PartnerDesk waits here and continues by itself.</source>
        <translation>Entre com sua conta corporativa — uma conta de Agente administrador ou Agente de vendas da sua organização parceira — na página de entrada da Microsoft: abra a página, insira o código abaixo e conclua a entrada lá, incluindo a autenticação multifator. O PartnerDesk aguarda aqui e continua automaticamente.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
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
        <translation>&amp;Abrir página de entrada</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de entrada</translation>
    </message>
    <message>
        <source>Sign-in service: %1 · Tenant: %2 · Application (client) ID: %3</source>
        <translation>Serviço de entrada: %1 · Locatário: %2 · ID do aplicativo (cliente): %3</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Solicitando um código de entrada à Microsoft…</translation>
    </message>
    <message>
        <source>Set the application (client) ID registered for PartnerDesk in Settings (Connection), then sign in again.</source>
        <translation>Defina a ID do aplicativo (cliente) registrada para o PartnerDesk em Configurações (Conexão) e entre novamente.</translation>
    </message>
    <message>
        <source>No connection to the sign-in service right now. PartnerDesk keeps trying; the code stays valid until %1.</source>
        <translation>Não há conexão com o serviço de entrada no momento. O PartnerDesk continua tentando; o código permanece válido até %1.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in on the page… The code is valid until %1.</source>
        <translation>Aguardando você entrar na página… O código é válido até %1.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Entrada concluída.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DocumentDownload</name>
    <message>
        <source>Choose an existing folder for the download.</source>
        <translation>Escolha uma pasta existente para o download.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Não é possível gravar em %1: %2</translation>
    </message>
    <message>
        <source>The link has expired; PartnerDesk fetches a fresh one on the next try.</source>
        <translation>O link expirou; o PartnerDesk obtém um novo na próxima tentativa.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceExportDialog</name>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>O último dia não pode ser anterior ao primeiro dia.</translation>
    </message>
    <message>
        <source>There are no evidence records in this period; nothing was written.</source>
        <translation>Não há registros de evidências neste período; nada foi gravado.</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Exportar evidências</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln registro gravado em %1.</numerusform>
            <numerusform>%Ln registros gravados em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the evidence records of every customer confirmed from PartnerDesk on this computer in a period. The days are those of your time zone; both are included.</source>
        <translation>Exporte os registros de evidências de todos os clientes confirmados pelo PartnerDesk neste computador em um período. Os dias seguem o seu fuso horário; ambos estão incluídos.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primeiro dia:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo dia:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>Relatório P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;JSON file</source>
        <translation>Arquivo &amp;JSON</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer.</source>
        <translation>Os registros de evidências não estão disponíveis: o PartnerDesk não conseguiu abrir o arquivo de evidências neste computador.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceReport</name>
    <message>
        <source>Evidence of Microsoft Customer Agreement confirmations</source>
        <translation>Evidências das confirmações do Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>(no partner name in Settings)</source>
        <translation>(nenhum nome de parceiro em Configurações)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>%1 (customer id %2)</source>
        <translation>%1 (ID do cliente %2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>%1 to %2, both included</source>
        <translation>De %1 a %2, ambos incluídos</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Gerado em</translation>
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
        <translation>Cada linha é uma confirmação enviada pelo PartnerDesk e a resposta do Partner Center. Os horários estão em UTC. As IDs da solicitação e de correlação identificam a solicitação para o suporte da Microsoft. Os dados de contato são removidos dos registros mais antigos que o período de retenção definido em Configurações.</translation>
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
        <translation>Contato e data de aceitação</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Customer, request, correlation and template ids</source>
        <translation>IDs do cliente, da solicitação, de correlação e do modelo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>Aceito em %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Não foi possível gravar o arquivo %1: %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Already confirmed (code %1)</source>
        <translation>Já confirmado (código %1)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1, code %2)</source>
        <translation>Falha (HTTP %1, código %2)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>Falha (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed (code %1)</source>
        <translation>Falha (código %1)</translation>
    </message>
    <message>
        <source>Failed (no answer from the service)</source>
        <translation>Falha (sem resposta do serviço)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>PartnerDesk window</source>
        <translation>Janela do PartnerDesk</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>Atestado em massa</translation>
    </message>
    <message>
        <source>Bulk attestation (command line)</source>
        <translation>Atestado em massa (linha de comando)</translation>
    </message>
    <message>
        <source>Removed after the retention period</source>
        <translation>Removido após o período de retenção</translation>
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
        <translation>Os dados de contato foram removidos em %1 (UTC), após o período de retenção definido em Configurações.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Aceito em</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Correlação</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationComposer</name>
    <message>
        <source>Rewrite the message?</source>
        <translation>Reescrever a mensagem?</translation>
    </message>
    <message>
        <source>The message is written again from the template, and your changes to it are replaced.</source>
        <translation>A mensagem é escrita novamente com base no modelo, e suas alterações nela são substituídas.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>o cliente</translation>
    </message>
    <message>
        <source>Request a reseller relationship</source>
        <translation>Solicitar uma relação de revendedor</translation>
    </message>
    <message>
        <source>Invite to accept the Microsoft Customer Agreement</source>
        <translation>Convidar para aceitar o Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>Invite %1 to accept you as their reseller. Partner Center provides the link: a global administrator of the customer opens it, signs in to the Microsoft 365 admin center and accepts the relationship and, if not done yet, the Microsoft Customer Agreement.</source>
        <translation>Convide %1 a aceitar você como revendedor. O Partner Center fornece o link: um administrador global do cliente o abre, entra no Centro de administração do Microsoft 365 e aceita a relação e, se ainda não tiver feito isso, o Contrato de Cliente da Microsoft.</translation>
    </message>
    <message>
        <source>Invite %1 to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. A global administrator of the customer signs in at the link in the email and accepts the agreement there.</source>
        <translation>Convide %1 a aceitar o Contrato de Cliente da Microsoft no Centro de administração do Microsoft 365. Um administrador global do cliente entra pelo link do email e aceita o contrato lá.</translation>
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
        <translation>A&amp;ssunto:</translation>
    </message>
    <message>
        <source>&amp;Message (preview while you edit the template):</source>
        <translation>&amp;Mensagem (visualização enquanto você edita o modelo):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <source>Tem&amp;plate (with placeholders):</source>
        <translation>Mo&amp;delo (com espaços reservados):</translation>
    </message>
    <message>
        <source>Placeholders: {{link}} the invitation link · {{partner}} your company · {{customer}} the customer · {{userName}} and {{password}} the sign-in details, used only between {{#credentials}} and {{/credentials}}. A first line “Subject: …” becomes the subject.</source>
        <translation>Espaços reservados: {{link}} o link do convite · {{partner}} sua empresa · {{customer}} o cliente · {{userName}} e {{password}} as credenciais de entrada, usadas somente entre {{#credentials}} e {{/credentials}}. Uma primeira linha “Subject: …” se torna o assunto.</translation>
    </message>
    <message>
        <source>Language of the email</source>
        <translation>Idioma do email</translation>
    </message>
    <message>
        <source>The language of the template. It starts with the customer&apos;s language.</source>
        <translation>O idioma do modelo. Começa com o idioma do cliente.</translation>
    </message>
    <message>
        <source>Recipient&apos;s email address</source>
        <translation>Endereço de email do destinatário</translation>
    </message>
    <message>
        <source>admin@customer.example</source>
        <translation>admin@customer.example</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Template with placeholders</source>
        <translation>Modelo com espaços reservados</translation>
    </message>
    <message>
        <source>Fetching the relationship link</source>
        <translation>Obtendo o link da relação</translation>
    </message>
    <message>
        <source>Asking Partner Center for the relationship link…</source>
        <translation>Pedindo o link da relação ao Partner Center…</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>&amp;Include the customer&apos;s sign-in details (user name and password)</source>
        <translation>Inc&amp;luir as credenciais de entrada do cliente (nome de usuário e senha)</translation>
    </message>
    <message>
        <source>&amp;Hide template</source>
        <translation>&amp;Ocultar modelo</translation>
    </message>
    <message>
        <source>&amp;Edit template</source>
        <translation>&amp;Editar modelo</translation>
    </message>
    <message>
        <source>Change the template this email is written from, and keep it for this language.</source>
        <translation>Alterar o modelo usado para escrever este email e mantê-lo para este idioma.</translation>
    </message>
    <message>
        <source>Sa&amp;ve as my template</source>
        <translation>Sal&amp;var como meu modelo</translation>
    </message>
    <message>
        <source>PartnerDesk uses this template for every invitation in this language.</source>
        <translation>O PartnerDesk usa este modelo para todos os convites neste idioma.</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>&amp;Redefinir para o padrão</translation>
    </message>
    <message>
        <source>Go back to the template that comes with PartnerDesk.</source>
        <translation>Voltar ao modelo que acompanha o PartnerDesk.</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copiar para a área de transferência</translation>
    </message>
    <message>
        <source>Copies the subject and the message as plain text.</source>
        <translation>Copia o assunto e a mensagem como texto sem formatação.</translation>
    </message>
    <message>
        <source>&amp;Open in email</source>
        <translation>&amp;Abrir no email</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Your company&apos;s name is not set, so the email says “%1”. Set it under Settings → Partner name, or replace it in the message.</source>
        <translation>O nome da sua empresa não está definido, então o email diz “%1”. Defina-o em Configurações → Nome do parceiro ou substitua-o na mensagem.</translation>
    </message>
    <message>
        <source>Replace your changes?</source>
        <translation>Substituir suas alterações?</translation>
    </message>
    <message>
        <source>The message is written again from the template in %1, and your changes to it are replaced.</source>
        <translation>A mensagem é escrita novamente com base no modelo em %1, e suas alterações nela são substituídas.</translation>
    </message>
    <message>
        <source>The relationship link did not arrive: %1</source>
        <translation>O link da relação não chegou: %1</translation>
    </message>
    <message>
        <source>Waiting for the relationship link from Partner Center.</source>
        <translation>Aguardando o link da relação do Partner Center.</translation>
    </message>
    <message>
        <source>The relationship link is missing. Use “Try again” to ask Partner Center once more.</source>
        <translation>O link da relação está faltando. Use “Tentar novamente” para pedi-lo de novo ao Partner Center.</translation>
    </message>
    <message>
        <source>Opens a new email with this subject and message in your mail program.</source>
        <translation>Abre um novo email com este assunto e esta mensagem no seu programa de email.</translation>
    </message>
    <message>
        <source>Your own template for %1 is used.</source>
        <translation>Seu próprio modelo para %1 está sendo usado.</translation>
    </message>
    <message>
        <source>PartnerDesk has no template in %1 yet, so the English one is shown. Edit it and save it as your template for %1.</source>
        <translation>O PartnerDesk ainda não tem modelo em %1, então o modelo em inglês é exibido. Edite-o e salve-o como seu modelo para %1.</translation>
    </message>
    <message>
        <source>This email contains the customer&apos;s password. Send it only to the customer&apos;s administrator, and ask them to change the password when they first sign in.</source>
        <translation>Este email contém a senha do cliente. Envie-o somente ao administrador do cliente e peça que ele altere a senha ao entrar pela primeira vez.</translation>
    </message>
    <message>
        <source>Edit the template?</source>
        <translation>Editar o modelo?</translation>
    </message>
    <message>
        <source>While you edit the template, the message is written from it, and your changes to the message are replaced.</source>
        <translation>Enquanto você edita o modelo, a mensagem é escrita com base nele, e suas alterações na mensagem são substituídas.</translation>
    </message>
    <message>
        <source>Saved. PartnerDesk now writes invitations in %1 from this template.</source>
        <translation>Salvo. O PartnerDesk agora escreve os convites em %1 com base neste modelo.</translation>
    </message>
    <message>
        <source>Reset the template?</source>
        <translation>Redefinir o modelo?</translation>
    </message>
    <message>
        <source>Your template for %1 is forgotten and PartnerDesk&apos;s own is used again.</source>
        <translation>Seu modelo para %1 é descartado e o do PartnerDesk volta a ser usado.</translation>
    </message>
    <message>
        <source>PartnerDesk&apos;s template for %1 is used again.</source>
        <translation>O modelo do PartnerDesk para %1 volta a ser usado.</translation>
    </message>
    <message>
        <source>The subject and the message are on the clipboard. Paste them into an email.</source>
        <translation>O assunto e a mensagem estão na área de transferência. Cole-os em um email.</translation>
    </message>
    <message>
        <source>This address cannot be put into an email link: it holds characters such as “&amp;”, “?”, “,” or “;”. Enter one plain address.</source>
        <translation>Este endereço não pode ser colocado em um link de email: ele contém caracteres como “&amp;”, “?”, “,” ou “;”. Insira um único endereço simples.</translation>
    </message>
    <message>
        <source>No mail program opened the email. Use “Copy to clipboard” and paste the text into your email instead.</source>
        <translation>Nenhum programa de email abriu a mensagem. Use “Copiar para a área de transferência” e cole o texto no seu email.</translation>
    </message>
    <message>
        <source>The email is open in your mail program. Check it there and send it.</source>
        <translation>O email está aberto no seu programa de email. Confira-o lá e envie-o.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationDraft</name>
    <message>
        <source>[your company name]</source>
        <translation>[nome da sua empresa]</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::LocaleText</name>
    <message>
        <source>%1%</source>
        <comment>percentage; put the percent sign where your language does, with a space if it needs one</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::MainWindow</name>
    <message>
        <source>PartnerDesk — Sandbox</source>
        <translation>PartnerDesk — Área restrita</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Novo cliente</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Abrir cliente</translation>
    </message>
    <message>
        <source>New &amp;order</source>
        <translation>Novo &amp;pedido</translation>
    </message>
    <message>
        <source>Request a &amp;reseller relationship</source>
        <translation>Solicitar uma relação de &amp;revendedor</translation>
    </message>
    <message>
        <source>Agreement &amp;template</source>
        <translation>&amp;Modelo do contrato</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Recarre&amp;gar</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Search company or domain (Ctrl+F)</source>
        <translation>Pesquisar empresa ou domínio (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Pesquisar clientes</translation>
    </message>
    <message>
        <source>Filter by MCA status</source>
        <translation>Filtrar por status do MCA</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Connected to: Sandbox</source>
        <translation>Conectado a: Área restrita</translation>
    </message>
    <message>
        <source>Connected to: Partner Center</source>
        <translation>Conectado a: Partner Center</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2, %3)</source>
        <translation>Usuário: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nenhum usuário conectado</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Selecione um cliente primeiro.</translation>
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
        <translation>(carregando…)</translation>
    </message>
    <message>
        <source>Co&amp;verage dashboard…</source>
        <translation>Painel de co&amp;bertura…</translation>
    </message>
    <message>
        <source>E&amp;xport evidence…</source>
        <translation>E&amp;xportar evidências…</translation>
    </message>
    <message>
        <source>&amp;Bulk attestation…</source>
        <translation>A&amp;testado em massa…</translation>
    </message>
    <message>
        <source>Confirm many customers at once from a CSV file, checked row by row first</source>
        <translation>Confirmar vários clientes de uma vez com base em um arquivo CSV, verificado antes linha por linha</translation>
    </message>
    <message>
        <source>Check a CSV file row by row and save it for the partner who confirms</source>
        <translation>Verificar um arquivo CSV linha por linha e salvá-lo para o parceiro que confirma</translation>
    </message>
    <message>
        <source>Save the evidence records of a period as a PDF report or a JSON file</source>
        <translation>Salvar os registros de evidências de um período como relatório PDF ou arquivo JSON</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file</source>
        <translation>Os registros de evidências não estão disponíveis: o PartnerDesk não conseguiu abrir o arquivo de evidências</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Relatórios</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;onta</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Trocar &amp;usuário…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sai&amp;r da conta</translation>
    </message>
    <message>
        <source>%1
Tenant: %2</source>
        <translation>%1
Locatário: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NewCustomerWizard</name>
    <message>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>&amp;Next: Microsoft agreement</source>
        <translation>&amp;Próximo: Contrato da Microsoft</translation>
    </message>
    <message>
        <source>&amp;Next: Review</source>
        <translation>&amp;Próximo: Revisão</translation>
    </message>
    <message>
        <source>Discard the new customer?</source>
        <translation>Descartar o novo cliente?</translation>
    </message>
    <message>
        <source>The details you entered for the new customer will be lost.</source>
        <translation>Os dados que você inseriu para o novo cliente serão perdidos.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
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
        <translation>Exchange Online (Plano 1)</translation>
    </message>
    <message>
        <source>Microsoft Teams Essentials</source>
        <translation>Microsoft Teams Essentials</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Novo pedido</translation>
    </message>
    <message>
        <source>New order for %1</source>
        <translation>Novo pedido para %1</translation>
    </message>
    <message>
        <source>Before ordering, PartnerDesk checks that the customer accepted the Microsoft Customer Agreement. If nobody has confirmed it and the customer has not accepted it in the Microsoft 365 admin center, you are asked to confirm their acceptance first.</source>
        <translation>Antes do pedido, o PartnerDesk verifica se o cliente aceitou o Contrato de Cliente da Microsoft. Se ninguém o confirmou e o cliente não o aceitou no Centro de administração do Microsoft 365, você precisará confirmar a aceitação dele primeiro.</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Oferta:</translation>
    </message>
    <message>
        <source>&amp;Quantity (licenses):</source>
        <translation>&amp;Quantidade (licenças):</translation>
    </message>
    <message>
        <source>&amp;Billing cycle:</source>
        <translation>&amp;Ciclo de cobrança:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensal</translation>
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
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Ciclo de cobrança</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>&amp;Fazer pedido</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The order was not placed: the customer&apos;s acceptance of the Microsoft Customer Agreement is not confirmed.</source>
        <translation>O pedido não foi feito: a aceitação do Contrato de Cliente da Microsoft pelo cliente não está confirmada.</translation>
    </message>
    <message>
        <source>The order was placed.</source>
        <translation>O pedido foi feito.</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s acceptance first.</source>
        <translation>Confirme primeiro a aceitação do cliente.</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>Fazendo o pedido…</translation>
    </message>
    <message>
        <source>Check the customer&apos;s acceptance and place the order (Enter)</source>
        <translation>Verificar a aceitação do cliente e fazer o pedido (Enter)</translation>
    </message>
    <message>
        <source>Checking the customer&apos;s acceptance and placing the order…</source>
        <translation>Verificando a aceitação do cliente e fazendo o pedido…</translation>
    </message>
    <message>
        <source>Waiting for the confirmation of the customer&apos;s acceptance…</source>
        <translation>Aguardando a confirmação da aceitação do cliente…</translation>
    </message>
    <message>
        <source>Recording the confirmation, then placing the order…</source>
        <translation>Registrando a confirmação e, depois, fazendo o pedido…</translation>
    </message>
    <message>
        <source>Stop; nothing you chose is lost (Esc)</source>
        <translation>Parar; nada do que você escolheu é perdido (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>The order was placed. Order number: %1</source>
        <translation>O pedido foi feito. Número do pedido: %1</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Pedido feito</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <source>Canceled. If the order reached Partner Center before you canceled, it shows among the customer&apos;s subscriptions; check there before ordering again.</source>
        <translation>Cancelado. Se o pedido chegou ao Partner Center antes do cancelamento, ele aparece nas assinaturas do cliente; verifique lá antes de pedir novamente.</translation>
    </message>
    <message>
        <source>The order was not placed. %1</source>
        <translation>O pedido não foi feito. %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerCenterClient</name>
    <message>
        <source>The service address “%1” is not a valid URL.</source>
        <translation>O endereço do serviço “%1” não é uma URL válida.</translation>
    </message>
    <message>
        <source>PartnerDesk refuses to send your sign-in over plain http to %1. Use an https:// address; plain http is allowed only for this computer (127.0.0.1).</source>
        <translation>O PartnerDesk se recusa a enviar sua entrada por http sem criptografia para %1. Use um endereço https://; http sem criptografia só é permitido para este computador (127.0.0.1).</translation>
    </message>
    <message>
        <source>The service address must start with https://.</source>
        <translation>O endereço do serviço deve começar com https://.</translation>
    </message>
    <message>
        <source>The service sent a link to another address; PartnerDesk did not follow it.</source>
        <translation>O serviço enviou um link para outro endereço; o PartnerDesk não o seguiu.</translation>
    </message>
    <message>
        <source>The service sent the same page of customers again and again.</source>
        <translation>O serviço enviou a mesma página de clientes repetidas vezes.</translation>
    </message>
    <message>
        <source>The service kept sending pages of customers past %L1, more than any partner has.</source>
        <translation>O serviço continuou enviando páginas de clientes além de %L1, mais do que qualquer parceiro tem.</translation>
    </message>
    <message>
        <source>The service named a next page that is not read with GET.</source>
        <translation>O serviço indicou uma próxima página que não é lida com GET.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerConfirmationChannel</name>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>O Partner Center não indicou nenhum modelo do Contrato de Cliente da Microsoft.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PdfReport</name>
    <message>
        <source>The report could not be laid out.</source>
        <translation>Não foi possível montar o layout do relatório.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Não foi possível gravar o arquivo %1: %2</translation>
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
        <translation>Entre primeiro.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can confirm customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>Somente um Agente administrador ou um Agente de vendas pode confirmar a aceitação do Contrato de Cliente da Microsoft pelo cliente.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can do this.</source>
        <translation>Somente um Agente administrador ou um Agente de vendas pode fazer isso.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can place orders.</source>
        <translation>Somente um Agente administrador ou um Agente de vendas pode fazer pedidos.</translation>
    </message>
    <message>
        <source>Only an Admin agent, a Sales agent or a Global admin can invite customers.</source>
        <translation>Somente um Agente administrador, um Agente de vendas ou um Administrador global pode convidar clientes.</translation>
    </message>
    <message>
        <source>Your role can view customers and their agreement status, but not change them.</source>
        <translation>Com a sua função, você pode exibir os clientes e o status do contrato deles, mas não alterá-los.</translation>
    </message>
    <message>
        <source>Indirect resellers cannot attest on behalf of their customers. Work with your indirect provider: prepare a confirmation file for them, or invite the customer to accept in the Microsoft 365 admin center.</source>
        <translation>Revendedores indiretos não podem atestar em nome dos clientes. Trabalhe com seu provedor indireto: prepare um arquivo de confirmação para ele ou convide o cliente a aceitar o contrato no Centro de administração do Microsoft 365.</translation>
    </message>
    <message>
        <source>Only indirect resellers hand confirmations to a provider; you can confirm directly.</source>
        <translation>Somente revendedores indiretos entregam confirmações a um provedor; você pode confirmar diretamente.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ReviewPage</name>
    <message>
        <source>Creating the customer was canceled. If Partner Center had already received the request, the customer may exist anyway: check the customer list before you try again.</source>
        <translation>A criação do cliente foi cancelada. Se o Partner Center já tinha recebido a solicitação, o cliente pode existir mesmo assim: verifique a lista de clientes antes de tentar novamente.</translation>
    </message>
    <message>
        <source>The customer was not created. %1</source>
        <translation>O cliente não foi criado. %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Check the details. To change something, go back. Nothing is created until you select Create customer.</source>
        <translation>Confira os dados. Para alterar algo, volte. Nada é criado até você selecionar Criar cliente.</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>&amp;Criar cliente</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Endereço de cobrança</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contato principal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nome da empresa:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Nome de domínio:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>Company phone:</source>
        <translation>Telefone da empresa:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Culture:</source>
        <translation>Cultura:</translation>
    </message>
    <message>
        <source>Acceptance:</source>
        <translation>Aceitação:</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Aceito por:</translation>
    </message>
    <message>
        <source>Acceptance date:</source>
        <translation>Data de aceitação:</translation>
    </message>
    <message>
        <source>Cancel creating</source>
        <translation>Cancelar a criação</translation>
    </message>
    <message>
        <source>Stops waiting for Partner Center. Nothing you entered is lost.</source>
        <translation>Para de aguardar o Partner Center. Nada do que você inseriu é perdido.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>You confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Você confirma que o cliente aceitou o Contrato de Cliente da Microsoft.</translation>
    </message>
    <message>
        <source>The customer will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Until then, the customer cannot buy.</source>
        <translation>Será solicitado ao cliente que aceite o Contrato de Cliente da Microsoft no Centro de administração do Microsoft 365. Até lá, o cliente não pode comprar.</translation>
    </message>
    <message>
        <source>The customer is being created…</source>
        <translation>O cliente está sendo criado…</translation>
    </message>
    <message>
        <source>Go back and correct this: %1</source>
        <translation>Volte e corrija isto: %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxAccounts</name>
    <message>
        <source>The sandbox runs on this computer (127.0.0.1) only.</source>
        <translation>A área restrita é executada somente neste computador (127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxSignInDialog</name>
    <message>
        <source>Sign in to the sandbox</source>
        <translation>Entrar na área restrita</translation>
    </message>
    <message>
        <source>The sandbox imitates Partner Center on this computer. Choose who you are: each demo user has the role and partner type shown, and PartnerDesk enables what that role may do.</source>
        <translation>A área restrita imita o Partner Center neste computador. Escolha quem você é: cada usuário de demonstração tem a função e o tipo de parceiro exibidos, e o PartnerDesk habilita o que essa função pode fazer.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>Usuários de demonstração</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Session</name>
    <message>
        <source>Admin agent</source>
        <translation>Agente administrador</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <translation>Agente de vendas</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <translation>Agente de assistência técnica</translation>
    </message>
    <message>
        <source>Global admin</source>
        <translation>Administrador global</translation>
    </message>
    <message>
        <source>Billing admin</source>
        <translation>Administrador de cobrança</translation>
    </message>
    <message>
        <source>Direct bill partner</source>
        <translation>Parceiro de cobrança direta</translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation>Provedor indireto</translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation>Revendedor indireto</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Changes take effect when you choose OK or Apply.</source>
        <translation>As alterações entram em vigor quando você escolhe OK ou Aplicar.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Language of PartnerDesk</source>
        <translation>Idioma do PartnerDesk</translation>
    </message>
    <message>
        <source>More languages arrive with PartnerDesk&apos;s translations.</source>
        <translation>Mais idiomas chegarão com as traduções do PartnerDesk.</translation>
    </message>
    <message>
        <source>Partner &amp;name:</source>
        <translation>&amp;Nome do parceiro:</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Nome do parceiro</translation>
    </message>
    <message>
        <source>Your company&apos;s name, as customers know it</source>
        <translation>O nome da sua empresa, como os clientes a conhecem</translation>
    </message>
    <message>
        <source>Signs the invitation emails. When it is empty, PartnerDesk uses the name from your sign-in, if there is one.</source>
        <translation>Assina os emails de convite. Quando está vazio, o PartnerDesk usa o nome da sua entrada, se houver.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexão:</translation>
    </message>
    <message>
        <source>Sandbox (on this computer, with demo customers)</source>
        <translation>Área restrita (neste computador, com clientes de demonstração)</translation>
    </message>
    <message>
        <source>Partner Center</source>
        <translation>Partner Center</translation>
    </message>
    <message>
        <source>Used when the connection is Partner Center. The role and partner type below apply only when the sign-in does not name them.</source>
        <translation>Usado quando a conexão é o Partner Center. A função e o tipo de parceiro abaixo só se aplicam quando a entrada não os informa.</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>En&amp;dereço da API:</translation>
    </message>
    <message>
        <source>Partner Center API address</source>
        <translation>Endereço da API do Partner Center</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>&amp;Autoridade:</translation>
    </message>
    <message>
        <source>Sign-in authority address</source>
        <translation>Endereço da autoridade de entrada</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Locatário:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locatário</translation>
    </message>
    <message>
        <source>“organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>“organizations” ou a ID ou o domínio do seu locatário de parceiro.</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>ID do a&amp;plicativo (cliente):</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID do aplicativo (cliente)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>Role when the sign-in names none</source>
        <translation>Função quando a entrada não informa nenhuma</translation>
    </message>
    <message>
        <source>Partner t&amp;ype:</source>
        <translation>&amp;Tipo de parceiro:</translation>
    </message>
    <message>
        <source>Partner type when the sign-in names none</source>
        <translation>Tipo de parceiro quando a entrada não informa nenhum</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Área restrita</translation>
    </message>
    <message>
        <source>De&amp;mo customers:</source>
        <translation>Clientes de &amp;demonstração:</translation>
    </message>
    <message>
        <source>Number of demo customers in a new sandbox</source>
        <translation>Número de clientes de demonstração em uma nova área restrita</translation>
    </message>
    <message>
        <source>Re&amp;set sandbox data…</source>
        <translation>Redefinir dados da área &amp;restrita…</translation>
    </message>
    <message>
        <source>Deletes everything in the sandbox and creates the demo customers again.</source>
        <translation>Exclui tudo na área restrita e cria os clientes de demonstração novamente.</translation>
    </message>
    <message>
        <source>How many demo customers a new sandbox gets. Resetting the sandbox deletes its customers, confirmations and orders and creates new ones.</source>
        <translation>Quantos clientes de demonstração uma nova área restrita recebe. Redefinir a área restrita exclui os clientes, as confirmações e os pedidos dela e cria novos.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>&amp;Keep contact data for:</source>
        <translation>&amp;Manter dados de contato por:</translation>
    </message>
    <message>
        <source>Days to keep contact data in evidence records</source>
        <translation>Dias de retenção dos dados de contato nos registros de evidências</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>After this many days, names, email addresses and phone numbers are removed from evidence records; the confirmations themselves are kept. The lowest setting, Always, keeps them.</source>
        <translation>Após esse número de dias, nomes, endereços de email e telefones são removidos dos registros de evidências; as confirmações em si são mantidas. A configuração mais baixa, Sempre, os mantém.</translation>
    </message>
    <message>
        <source>Applying this change restarts the connection: PartnerDesk signs out and connects again.</source>
        <translation>Aplicar esta alteração reinicia a conexão: o PartnerDesk sai e se conecta novamente.</translation>
    </message>
    <message>
        <source>Signing in to Partner Center comes with a later version of PartnerDesk; until then use the sandbox to try it out.</source>
        <translation>A entrada no Partner Center virá em uma versão posterior do PartnerDesk; até lá, use a área restrita para experimentá-lo.</translation>
    </message>
    <message>
        <source>Enter an address such as https://api.partnercenter.microsoft.com.</source>
        <translation>Insira um endereço como https://api.partnercenter.microsoft.com.</translation>
    </message>
    <message>
        <source>Enter “organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>Insira “organizations” ou a ID ou o domínio do seu locatário de parceiro.</translation>
    </message>
    <message>
        <source>A tenant is “organizations”, a tenant ID or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Um locatário é “organizations”, uma ID de locatário ou um domínio como contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>An application (client) ID looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation>Uma ID de aplicativo (cliente) tem esta aparência: 00000000-0000-0000-0000-000000000000.</translation>
    </message>
    <message>
        <source>Reset the sandbox?</source>
        <translation>Redefinir a área restrita?</translation>
    </message>
    <message numerus="yes">
        <source>This deletes every customer, confirmation and order in the sandbox and creates %n new demo customer(s). Partner Center is not affected.</source>
        <translation>
            <numerusform>Isso exclui todos os clientes, confirmações e pedidos da área restrita e cria %n novo cliente de demonstração. O Partner Center não é afetado.</numerusform>
            <numerusform>Isso exclui todos os clientes, confirmações e pedidos da área restrita e cria %n novos clientes de demonstração. O Partner Center não é afetado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::StatusPresentation</name>
    <message>
        <source>Confirmed by partner</source>
        <translation>Confirmado pelo parceiro</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>Aceito diretamente</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Não confirmado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Your organization confirmed that the customer accepted the Microsoft Customer Agreement.</source>
        <translation>Sua organização confirmou que o cliente aceitou o Contrato de Cliente da Microsoft.</translation>
    </message>
    <message>
        <source>The customer accepted the Microsoft Customer Agreement in the Microsoft 365 admin center.</source>
        <translation>O cliente aceitou o Contrato de Cliente da Microsoft no Centro de administração do Microsoft 365.</translation>
    </message>
    <message>
        <source>Neither a partner confirmation nor a direct acceptance exists. Orders for this customer are blocked.</source>
        <translation>Não há confirmação do parceiro nem aceitação direta. Os pedidos para este cliente estão bloqueados.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ainda não verificado.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::TokenEndpoint</name>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>O serviço de entrada respondeu sem um token.</translation>
    </message>
    <message>
        <source>Demo users sign in to the sandbox on this computer (127.0.0.1) only.</source>
        <translation>Os usuários de demonstração entram na área restrita somente neste computador (127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Validation</name>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Endereço de email</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Agreement acceptance date</source>
        <translation>Data de aceitação do contrato</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Nome de domínio</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Linha de endereço 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Linha de endereço 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado ou província</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>País/região</translation>
    </message>
    <message>
        <source>Company phone number</source>
        <translation>Telefone da empresa</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Cultura</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Use no máximo %n caractere.</numerusform>
            <numerusform>Use no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the tabs, line breaks or other control characters.</source>
        <translation>Remova as tabulações, quebras de linha ou outros caracteres de controle.</translation>
    </message>
    <message>
        <source>Use only Latin letters (a–z) and digits (0–9).</source>
        <translation>Use somente letras latinas (a–z) e dígitos (0–9).</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that email addresses cannot use.</source>
        <translation>A parte antes do @ contém um caractere que endereços de email não podem usar.</translation>
    </message>
    <message>
        <source>Names cannot contain digits or symbols such as @, &lt;, &gt; or #.</source>
        <translation>Nomes não podem conter dígitos nem símbolos como @, &lt;, &gt; ou #.</translation>
    </message>
    <message>
        <source>Use a culture code such as en-US.</source>
        <translation>Use um código de cultura como pt-BR.</translation>
    </message>
    <message>
        <source>Use a language code such as en or fr.</source>
        <translation>Use um código de idioma como pt ou fr.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed here.</source>
        <translation>Contém caracteres que não são permitidos aqui.</translation>
    </message>
    <message>
        <source>Enter a name with at least one letter.</source>
        <translation>Insira um nome com pelo menos uma letra.</translation>
    </message>
    <message>
        <source>An email address needs an @ between the name and the domain, as in name@example.com.</source>
        <translation>Um endereço de email precisa de um @ entre o nome e o domínio, como em nome@example.com.</translation>
    </message>
    <message>
        <source>An email address can contain only one @.</source>
        <translation>Um endereço de email só pode conter um @.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>Um endereço de email não pode conter espaços.</translation>
    </message>
    <message>
        <source>Enter the name before the @.</source>
        <translation>Insira o nome antes do @.</translation>
    </message>
    <message numerus="yes">
        <source>The part before the @ can have at most %n character(s).</source>
        <translation>
            <numerusform>A parte antes do @ pode ter no máximo %n caractere.</numerusform>
            <numerusform>A parte antes do @ pode ter no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>An email address cannot have a dot right after the @ or at its start.</source>
        <translation>Um endereço de email não pode ter um ponto logo após o @ nem no início.</translation>
    </message>
    <message>
        <source>An email address cannot end with a dot or have a dot right before the @.</source>
        <translation>Um endereço de email não pode terminar com ponto nem ter um ponto logo antes do @.</translation>
    </message>
    <message>
        <source>An email address cannot contain two dots in a row.</source>
        <translation>Um endereço de email não pode conter dois pontos seguidos.</translation>
    </message>
    <message>
        <source>The domain after the @ is incomplete; it looks like example.com.</source>
        <translation>O domínio após o @ está incompleto; ele tem o formato example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ is not a valid domain name.</source>
        <translation>O domínio após o @ não é um nome de domínio válido.</translation>
    </message>
    <message numerus="yes">
        <source>An email address can have at most %n character(s).</source>
        <translation>
            <numerusform>Um endereço de email pode ter no máximo %n caractere.</numerusform>
            <numerusform>Um endereço de email pode ter no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use only digits, spaces, dashes, dots, parentheses and a leading +.</source>
        <translation>Use somente dígitos, espaços, hifens, pontos, parênteses e um + inicial.</translation>
    </message>
    <message numerus="yes">
        <source>A phone number needs at least %n digit(s).</source>
        <translation>
            <numerusform>Um número de telefone precisa de pelo menos %n dígito.</numerusform>
            <numerusform>Um número de telefone precisa de pelo menos %n dígitos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A phone number can have at most %n digit(s).</source>
        <translation>
            <numerusform>Um número de telefone pode ter no máximo %n dígito.</numerusform>
            <numerusform>Um número de telefone pode ter no máximo %n dígitos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a phone number format of the customer&apos;s country.</source>
        <translation>Este não é um formato de telefone do país do cliente.</translation>
    </message>
    <message>
        <source>Enter a real date in the form YYYY-MM-DD.</source>
        <translation>Insira uma data real no formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The acceptance date cannot be in the future. Partner Center counts days in UTC, so the latest date allowed now is %1.</source>
        <translation>A data de aceitação não pode estar no futuro. O Partner Center conta os dias em UTC, então a data mais recente permitida agora é %1.</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement did not exist yet; use a date from %1 on.</source>
        <translation>O Contrato de Cliente da Microsoft ainda não existia; use uma data a partir de %1.</translation>
    </message>
    <message>
        <source>This postal code does not have the format used in the customer&apos;s country.</source>
        <translation>Este código postal não tem o formato usado no país do cliente.</translation>
    </message>
    <message>
        <source>Choose a state or province from the list for this country.</source>
        <translation>Escolha na lista um estado ou província deste país.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>Use um código de país de duas letras, como US ou BR.</translation>
    </message>
    <message>
        <source>The customer&apos;s country does not support this value; choose one from the list.</source>
        <translation>O país do cliente não aceita este valor; escolha um da lista.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A Partner Center look-alike on 127.0.0.1 for tests and demos.</source>
        <translation>Uma imitação do Partner Center em 127.0.0.1 para testes e demonstrações.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation>Porta em 127.0.0.1 (0 = qualquer porta livre).</translation>
    </message>
    <message>
        <source>SQLite file (default: a temporary file removed on exit).</source>
        <translation>Arquivo SQLite (padrão: um arquivo temporário removido ao sair).</translation>
    </message>
    <message>
        <source>Customers to seed into a new database.</source>
        <translation>Clientes a serem criados em um novo banco de dados.</translation>
    </message>
    <message>
        <source>Seed of the generated data.</source>
        <translation>Semente dos dados gerados.</translation>
    </message>
    <message>
        <source>Requests per minute before 429 (0 = no throttling).</source>
        <translation>Solicitações por minuto antes do 429 (0 = sem limitação).</translation>
    </message>
    <message>
        <source>Access token lifetime.</source>
        <translation>Tempo de vida do token de acesso.</translation>
    </message>
    <message>
        <source>Start JSON bodies with a UTF-8 byte-order mark.</source>
        <translation>Iniciar os corpos JSON com uma marca de ordem de byte UTF-8.</translation>
    </message>
    <message>
        <source>PartnerDesk: confirm and review customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>PartnerDesk: confirmar e revisar a aceitação do Contrato de Cliente da Microsoft pelos clientes.</translation>
    </message>
    <message>
        <source>Use the sandbox whatever Settings say.</source>
        <translation>Usar a área restrita, independentemente das Configurações.</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Não foi possível iniciar a área restrita: %1</translation>
    </message>
    <message>
        <source>Fail this share of /v1 requests, in percent per kind: 429, 500, 503, drop-before, drop-after, slow, malformed, or all (spread evenly); e.g. 429=5,drop-after=2 or all=20.</source>
        <translation>Fazer falhar esta parcela das solicitações /v1, em porcentagem por tipo: 429, 500, 503, drop-before, drop-after, slow, malformed ou all (distribuído igualmente); ex.: 429=5,drop-after=2 ou all=20.</translation>
    </message>
    <message>
        <source>Seed of the fault decisions.</source>
        <translation>Semente das decisões de falha.</translation>
    </message>
    <message>
        <source>Retry-After of an injected 429.</source>
        <translation>Retry-After de uma resposta 429 injetada.</translation>
    </message>
    <message>
        <source>How long a slow answer is held back (past the client&apos;s timeout).</source>
        <translation>Por quanto tempo uma resposta lenta é retida (além do tempo limite do cliente).</translation>
    </message>
</context>
</TS>
