<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>PartnerDesk::AccountInfoPage</name>
    <message>
        <source>Account info</source>
        <translation>Hesap bilgileri</translation>
    </message>
    <message>
        <source>Enter the company&apos;s details and its primary contact.</source>
        <translation>Şirketin bilgilerini ve birincil kişisini girin.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Fatura adresi</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Birincil kişi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>The customer&apos;s initial Microsoft 365 domain. Use Latin letters and digits; it cannot be changed after the customer is created.</source>
        <translation>Müşterinin ilk Microsoft 365 etki alanı. Latin harfleri ve rakamlar kullanın; müşteri oluşturulduktan sonra değiştirilemez.</translation>
    </message>
    <message>
        <source>Followed by %1. Availability is checked as you type.</source>
        <translation>Ardından %1 gelir. Kullanılabilirlik, siz yazarken denetlenir.</translation>
    </message>
    <message>
        <source>for example contoso</source>
        <translation>örneğin contoso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seçin…</translation>
    </message>
    <message>
        <source>The language of Microsoft&apos;s messages to the customer.</source>
        <translation>Microsoft&apos;un müşteriye göndereceği iletilerin dili.</translation>
    </message>
    <message>
        <source>How dates, numbers and currency are shown to the customer.</source>
        <translation>Tarihlerin, sayıların ve para biriminin müşteriye nasıl gösterileceği.</translation>
    </message>
    <message>
        <source>The person Microsoft and you contact about this customer&apos;s account.</source>
        <translation>Microsoft&apos;un ve sizin bu müşterinin hesabıyla ilgili iletişim kuracağınız kişi.</translation>
    </message>
    <message>
        <source>Use the &amp;suggested address</source>
        <translation>Önerilen adresi k&amp;ullan</translation>
    </message>
    <message>
        <source>C&amp;ompany name</source>
        <translation>Şi&amp;rket adı</translation>
    </message>
    <message>
        <source>&amp;Domain name</source>
        <translation>Etki a&amp;lanı adı</translation>
    </message>
    <message>
        <source>Co&amp;untry/region</source>
        <translation>Ülke/&amp;bölge</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>Adres satırı &amp;1</translation>
    </message>
    <message>
        <source>Address line &amp;2 (optional)</source>
        <translation>Adres satırı &amp;2 (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Ci&amp;ty (optional)</source>
        <translation>Şe&amp;hir (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Ci&amp;ty</source>
        <translation>Şe&amp;hir</translation>
    </message>
    <message>
        <source>&amp;State or province (optional)</source>
        <translation>E&amp;yalet veya il (isteğe bağlı)</translation>
    </message>
    <message>
        <source>&amp;State or province</source>
        <translation>E&amp;yalet veya il</translation>
    </message>
    <message>
        <source>Postal &amp;code (optional)</source>
        <translation>&amp;Posta kodu (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>&amp;Posta kodu</translation>
    </message>
    <message>
        <source>Company p&amp;hone (optional)</source>
        <translation>Şirket telefo&amp;nu (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Company p&amp;hone</source>
        <translation>Şirket telefo&amp;nu</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>Cultu&amp;re</source>
        <translation>&amp;Kültür</translation>
    </message>
    <message>
        <source>Reading Partner Center&apos;s address rules for %1…</source>
        <translation>İş Ortağı Merkezi&apos;nin %1 için adres kuralları okunuyor…</translation>
    </message>
    <message>
        <source>Partner Center has no address rules for %1, so only general checks apply here. Partner Center checks the address when the customer is created.</source>
        <translation>İş Ortağı Merkezi&apos;nde %1 için adres kuralı yok; bu nedenle burada yalnızca genel denetimler uygulanır. İş Ortağı Merkezi, adresi müşteri oluşturulurken denetler.</translation>
    </message>
    <message>
        <source>The address rules for %1 could not be read, so only general checks apply here. Partner Center checks the address when the customer is created. %2</source>
        <translation>%1 için adres kuralları okunamadı; bu nedenle burada yalnızca genel denetimler uygulanır. İş Ortağı Merkezi, adresi müşteri oluşturulurken denetler. %2</translation>
    </message>
    <message>
        <source>Checking whether %1 is available…</source>
        <translation>Kullanılabilirlik denetleniyor: %1…</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 kullanılabilir.</translation>
    </message>
    <message>
        <source>%1 is already taken. Choose another domain name.</source>
        <translation>%1 zaten alınmış. Başka bir etki alanı adı seçin.</translation>
    </message>
    <message>
        <source>Whether %1 is available could not be checked; Partner Center checks it when the customer is created. %2</source>
        <translation>%1 adının kullanılabilirliği denetlenemedi; İş Ortağı Merkezi bunu müşteri oluşturulurken denetler. %2</translation>
    </message>
    <message>
        <source>Partner Center recognises this address.</source>
        <translation>İş Ortağı Merkezi bu adresi tanıyor.</translation>
    </message>
    <message>
        <source>Partner Center suggests: %1</source>
        <translation>İş Ortağı Merkezi&apos;nin önerisi: %1</translation>
    </message>
    <message>
        <source>Partner Center could not verify this address. Check the street, city and postal code before you go on.</source>
        <translation>İş Ortağı Merkezi bu adresi doğrulayamadı. Devam etmeden önce sokağı, şehri ve posta kodunu denetleyin.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementHistoryModel</name>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft Müşteri Sözleşmesi</translation>
    </message>
    <message>
        <source>Microsoft Cloud Agreement</source>
        <translation>Microsoft Bulut Sözleşmesi</translation>
    </message>
    <message>
        <source>Template %1
%2</source>
        <translation>Şablon %1
%2</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Kabul tarihi</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Sözleşme</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Kabul eden</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementPage</name>
    <message>
        <source>Microsoft agreement</source>
        <translation>Microsoft sözleşmesi</translation>
    </message>
    <message>
        <source>How does the customer accept the Microsoft Customer Agreement?</source>
        <translation>Müşteri, Microsoft Müşteri Sözleşmesi&apos;ni nasıl kabul edecek?</translation>
    </message>
    <message>
        <source>A customer can buy only after accepting the Microsoft Customer Agreement. Either confirm that the customer has already accepted it, or let the customer accept it in the Microsoft 365 admin center.</source>
        <translation>Müşteri, ancak Microsoft Müşteri Sözleşmesi&apos;ni kabul ettikten sonra satın alma yapabilir. Müşterinin sözleşmeyi kabul ettiğini onaylayın veya müşterinin sözleşmeyi Microsoft 365 yönetim merkezinde kabul etmesini sağlayın.</translation>
    </message>
    <message>
        <source>&amp;Confirm the customer&apos;s acceptance now (partner attestation)</source>
        <translation>Müşterinin kabulünü şimdi &amp;onayla (iş ortağı onayı)</translation>
    </message>
    <message>
        <source>The customer &amp;has accepted the Microsoft Customer Agreement</source>
        <translation>Müşteri, Microsoft Müşteri Sözleşmesi&apos;ni &amp;kabul etti</translation>
    </message>
    <message>
        <source>The person who accepted the agreement, and when. Make sure these details are correct; if they are not, select Update and enter the details of the person who accepted it.</source>
        <translation>Sözleşmeyi kabul eden kişi ve kabul tarihi. Bu bilgilerin doğru olduğundan emin olun; doğru değilse Güncelleştir&apos;i seçin ve sözleşmeyi kabul eden kişinin bilgilerini girin.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>Güncelleş&amp;tir</translation>
    </message>
    <message>
        <source>Enter a different person who accepted the agreement.</source>
        <translation>Sözleşmeyi kabul eden farklı bir kişi girin.</translation>
    </message>
    <message>
        <source>&amp;Reset to the primary contact</source>
        <translation>&amp;Birincil kişiye sıfırla</translation>
    </message>
    <message>
        <source>The customer &amp;will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center</source>
        <translation>&amp;Müşteriden, Microsoft Müşteri Sözleşmesi&apos;ni Microsoft 365 yönetim merkezinde kabul etmesi istenecek</translation>
    </message>
    <message>
        <source>New customers cannot make a purchase until they accept the agreement. After the customer is created, PartnerDesk prepares the invitation email with the link to the Microsoft 365 admin center and the new customer&apos;s sign-in details.</source>
        <translation>Yeni müşteriler, sözleşmeyi kabul edene kadar satın alma yapamaz. Müşteri oluşturulduktan sonra PartnerDesk, Microsoft 365 yönetim merkezinin bağlantısını ve yeni müşterinin oturum açma bilgilerini içeren davet e-postasını hazırlar.</translation>
    </message>
    <message>
        <source>View the agreement &amp;template…</source>
        <translation>Sözleşme şablonunu gö&amp;rüntüle…</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific: this opens the template for the customer&apos;s country.</source>
        <translation>Microsoft Müşteri Sözleşmesi ülkeye özeldir: bu, müşterinin ülkesine ait şablonu açar.</translation>
    </message>
    <message>
        <source>Tick the box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Müşterinin Microsoft Müşteri Sözleşmesi&apos;ni kabul ettiğini onaylamak için kutuyu işaretleyin.</translation>
    </message>
    <message>
        <source>Tick this box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Müşterinin Microsoft Müşteri Sözleşmesi&apos;ni kabul ettiğini onaylamak için bu kutuyu işaretleyin.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateDialog</name>
    <message>
        <source>Microsoft Customer Agreement template</source>
        <translation>Microsoft Müşteri Sözleşmesi şablonu</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific. Choose the customer&apos;s country (it comes from the billing address) and a language offered there, then open the template or download it as a Word document.</source>
        <translation>Microsoft Müşteri Sözleşmesi ülkeye özeldir. Müşterinin ülkesini (fatura adresinden alınır) ve o ülkede sunulan bir dili seçin, ardından şablonu açın veya Word belgesi olarak indirin.</translation>
    </message>
    <message>
        <source>&amp;Country/region:</source>
        <translation>Ülke/&amp;bölge:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Links to the template expire after five minutes, so PartnerDesk asks Partner Center for a new one each time you open or download it.</source>
        <translation>Şablon bağlantılarının süresi beş dakika sonra dolar; bu nedenle PartnerDesk, şablonu her açışınızda veya indirişinizde İş Ortağı Merkezi&apos;nden yeni bir bağlantı ister.</translation>
    </message>
    <message>
        <source>Country or region of the agreement</source>
        <translation>Sözleşmenin ülkesi veya bölgesi</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>Sözleşmenin dili</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>İpt&amp;al</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Tarayıcıda aç</translation>
    </message>
    <message>
        <source>Opens the template in your web browser.</source>
        <translation>Şablonu web tarayıcınızda açar.</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>İ&amp;ndir…</translation>
    </message>
    <message>
        <source>Saves the template as a Word document in a file you choose.</source>
        <translation>Şablonu, seçtiğiniz bir dosyaya Word belgesi olarak kaydeder.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Canceled: only English is listed. Choose the country again to load its languages.</source>
        <translation>İptal edildi: yalnızca İngilizce listeleniyor. Ülkenin dillerini yüklemek için ülkeyi yeniden seçin.</translation>
    </message>
    <message>
        <source>PartnerDesk could not load the languages offered in %1, so only English is listed. %2</source>
        <translation>PartnerDesk, %1 için sunulan dilleri yükleyemedi; bu nedenle yalnızca İngilizce listeleniyor. %2</translation>
    </message>
    <message>
        <source>Loading the languages offered in %1…</source>
        <translation>%1 için sunulan diller yükleniyor…</translation>
    </message>
    <message>
        <source>Asking Partner Center for a new link to the template…</source>
        <translation>İş Ortağı Merkezi&apos;nden şablon için yeni bir bağlantı isteniyor…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>İndiriliyor…</translation>
    </message>
    <message>
        <source>Wait until the languages are loaded.</source>
        <translation>Diller yüklenene kadar bekleyin.</translation>
    </message>
    <message>
        <source>Wait for the current download, or cancel it.</source>
        <translation>Geçerli indirmenin bitmesini bekleyin veya indirmeyi iptal edin.</translation>
    </message>
    <message>
        <source>Choose a country with a template first.</source>
        <translation>Önce şablonu olan bir ülke seçin.</translation>
    </message>
    <message>
        <source>No web browser opened the template. Use “Download” to save it instead.</source>
        <translation>Şablon hiçbir web tarayıcısında açılmadı. Bunun yerine şablonu kaydetmek için “İndir” düğmesini kullanın.</translation>
    </message>
    <message>
        <source>The template is open in your browser. Its link works for five minutes; PartnerDesk gets a new one the next time.</source>
        <translation>Şablon tarayıcınızda açık. Bağlantısı beş dakika geçerlidir; PartnerDesk bir sonraki sefer yeni bir bağlantı alır.</translation>
    </message>
    <message>
        <source>Partner Center has no version in %1 and sent %2.</source>
        <translation>İş Ortağı Merkezi&apos;nde %1 sürüm yok; %2 sürüm gönderildi.</translation>
    </message>
    <message>
        <source>Save the agreement template</source>
        <translation>Sözleşme şablonunu kaydet</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word belgeleri (*.docx);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Nothing was downloaded.</source>
        <translation>Hiçbir şey indirilmedi.</translation>
    </message>
    <message>
        <source>Downloading… %1 of %2</source>
        <translation>İndiriliyor… %1 / %2</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>İndiriliyor… %1</translation>
    </message>
    <message>
        <source>Saved “%1” (%2) in %3.</source>
        <translation>“%1” (%2), %3 konumuna kaydedildi.</translation>
    </message>
    <message>
        <source>The download was canceled; nothing was saved.</source>
        <translation>İndirme iptal edildi; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The template was not saved. %1</source>
        <translation>Şablon kaydedilmedi. %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateSource</name>
    <message>
        <source>Partner Center sent a template link PartnerDesk will not open. %1</source>
        <translation>İş Ortağı Merkezi, PartnerDesk&apos;in açmayacağı bir şablon bağlantısı gönderdi. %1</translation>
    </message>
    <message>
        <source>Partner Center lists no Microsoft Customer Agreement template.</source>
        <translation>İş Ortağı Merkezi&apos;nde listelenen bir Microsoft Müşteri Sözleşmesi şablonu yok.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiCall</name>
    <message>
        <source>The answer was larger than %1 MB and was not read.</source>
        <translation>Yanıt %1 MB&apos;tan büyük olduğu için okunmadı.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Yanıt bir JSON nesnesi değil.</translation>
    </message>
    <message>
        <source>The answer is cut short or is not JSON.</source>
        <translation>Yanıt yarıda kesilmiş ya da JSON değil.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiError</name>
    <message>
        <source>PartnerDesk cannot reach the service. Check the network connection and try again.</source>
        <translation>PartnerDesk hizmete ulaşamıyor. Ağ bağlantısını denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>Hizmet zamanında yanıt vermedi. Yeniden deneyin.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost, so PartnerDesk cannot tell whether it took effect. Check the current state before trying again.</source>
        <translation>İstek gönderildi ancak yanıtı kayboldu; bu nedenle PartnerDesk isteğin uygulanıp uygulanmadığını bilemiyor. Yeniden denemeden önce geçerli durumu denetleyin.</translation>
    </message>
    <message>
        <source>The service sent an answer PartnerDesk cannot read.</source>
        <translation>Hizmet, PartnerDesk&apos;in okuyamadığı bir yanıt gönderdi.</translation>
    </message>
    <message>
        <source>The request was refused before it was sent.</source>
        <translation>İstek, gönderilmeden önce reddedildi.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again; what you have entered is kept.</source>
        <translation>Oturumunuzun süresi doldu. Yeniden oturum açın; girdiğiniz bilgiler korunur.</translation>
    </message>
    <message>
        <source>A partner confirmation with exactly this contact already exists for this customer, so nothing new was recorded.</source>
        <translation>Bu müşteri için tam olarak bu kişiyle yapılmış bir iş ortağı onayı zaten var; bu nedenle yeni bir kayıt oluşturulmadı.</translation>
    </message>
    <message>
        <source>The customer has not accepted the Microsoft Customer Agreement yet: confirm their acceptance, or ask them to accept it in the Microsoft 365 admin center, before you place this order.</source>
        <translation>Müşteri, Microsoft Müşteri Sözleşmesi&apos;ni henüz kabul etmedi: bu siparişi vermeden önce müşterinin kabulünü onaylayın veya müşteriden sözleşmeyi Microsoft 365 yönetim merkezinde kabul etmesini isteyin.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center is limiting how fast requests may be sent. PartnerDesk will try again in %n second(s).</source>
        <translation>
            <numerusform>İş Ortağı Merkezi istek gönderme hızını sınırlıyor. PartnerDesk %n saniye sonra yeniden deneyecek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center is limiting how fast requests may be sent. Try again shortly.</source>
        <translation>İş Ortağı Merkezi istek gönderme hızını sınırlıyor. Biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Partner Center did not accept your sign-in. Sign in again.</source>
        <translation>İş Ortağı Merkezi oturum açma işleminizi kabul etmedi. Yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Partner Center refused this action for your account.</source>
        <translation>İş Ortağı Merkezi bu eylemi hesabınız için reddetti.</translation>
    </message>
    <message>
        <source>Partner Center could not find it.</source>
        <translation>İş Ortağı Merkezi bunu bulamadı.</translation>
    </message>
    <message>
        <source>Partner Center had a problem of its own. Try again later.</source>
        <translation>İş Ortağı Merkezi&apos;nin kendisinde bir sorun oluştu. Daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Partner Center refused the request.</source>
        <translation>İş Ortağı Merkezi isteği reddetti.</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>Hizmetin yanıtı: “%1”</translation>
    </message>
    <message>
        <source>(error %1, HTTP %2)</source>
        <translation>(hata %1, HTTP %2)</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>(error %1)</source>
        <translation>(hata %1)</translation>
    </message>
    <message>
        <source>Partner Center requires multi-factor authentication (MFA) for access by an app with a user since April 2026. Sign in again and complete the MFA prompt; if none appears, ask your administrator to require MFA for your account.</source>
        <translation>İş Ortağı Merkezi, Nisan 2026&apos;dan bu yana bir kullanıcı adına çalışan uygulamaların erişimi için çok faktörlü kimlik doğrulaması (MFA) gerektiriyor. Yeniden oturum açın ve MFA istemini tamamlayın; istem görünmezse yöneticinizden hesabınız için MFA&apos;yı zorunlu kılmasını isteyin.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again and enter the new code within the time shown.</source>
        <translation>Oturum açma kodunun süresi, kod kullanılmadan doldu. Oturum açmayı yeniden başlatın ve yeni kodu gösterilen süre içinde girin.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the sign-in page. Start it again if that was a mistake.</source>
        <translation>Oturum açma, oturum açma sayfasında reddedildi. Bu yanlışlıkla olduysa oturum açmayı yeniden başlatın.</translation>
    </message>
    <message>
        <source>The sign-in service does not know this code. Start the sign-in again.</source>
        <translation>Oturum açma hizmeti bu kodu tanımıyor. Oturum açmayı yeniden başlatın.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (it expired or was revoked). Sign in again.</source>
        <translation>Oturumunuz artık geçerli değil (süresi doldu veya iptal edildi). Yeniden oturum açın.</translation>
    </message>
    <message>
        <source>The sign-in service does not accept the application (client) ID set in Settings for this kind of sign-in. Check the ID with your administrator.</source>
        <translation>Oturum açma hizmeti, Ayarlar&apos;da belirtilen uygulama (istemci) kimliğini bu tür oturum açma için kabul etmiyor. Kimliği yöneticinizle birlikte denetleyin.</translation>
    </message>
    <message>
        <source>The sign-in service refused the request. Check the authority, tenant and application (client) ID in Settings.</source>
        <translation>Oturum açma hizmeti isteği reddetti. Ayarlar&apos;da oturum açma yetkilisini, kiracıyı ve uygulama (istemci) kimliğini denetleyin.</translation>
    </message>
    <message>
        <source>The service answered with an error of its own, and reading the current state afterwards failed, so PartnerDesk cannot tell whether the request took effect. Check the current state before trying again.</source>
        <translation>Hizmet kendi tarafında bir hatayla yanıt verdi ve ardından güncel durum okunamadı; bu nedenle PartnerDesk isteğin uygulanıp uygulanmadığını bilemiyor. Yeniden denemeden önce güncel durumu kontrol edin.</translation>
    </message>
    <message>
        <source>PartnerDesk could not verify the service&apos;s certificate, so it sent nothing. Check the service address in Settings; a network that inspects encrypted traffic needs its certificate installed on this computer.</source>
        <translation>PartnerDesk hizmetin sertifikasını doğrulayamadı, bu yüzden hiçbir şey göndermedi. Ayarlar&apos;daki hizmet adresini denetleyin; şifreli trafiği inceleyen bir ağın sertifikasının bu bilgisayarda yüklü olması gerekir.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AppController</name>
    <message>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>The new connection is used the next time PartnerDesk starts.</source>
        <translation>Yeni bağlantı, PartnerDesk bir sonraki başlatılışında kullanılır.</translation>
    </message>
    <message>
        <source>Reset sandbox data</source>
        <translation>Korumalı alan verilerini sıfırla</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only</source>
        <translation>Oturum açma bilgisi yalnızca bu oturum için saklanıyor</translation>
    </message>
    <message>
        <source>This computer has no secret store PartnerDesk can use (such as GNOME Keyring or KWallet), so your sign-in is kept in memory only: PartnerDesk asks you to sign in again the next time it starts. Nothing is written to a file.</source>
        <translation>Bu bilgisayarda PartnerDesk&apos;in kullanabileceği bir anahtarlık (GNOME Keyring veya KWallet gibi) yok; bu nedenle oturum açma bilginiz yalnızca bellekte tutulur: PartnerDesk bir sonraki başlatılışında yeniden oturum açmanızı ister. Dosyaya hiçbir şey yazılmaz.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AttentionListModel</name>
    <message>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Etki alanı</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>MCA durumu</translation>
    </message>
    <message>
        <source>Has purchases</source>
        <translation>Satın alımı var</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Okunamadı</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Denetlenmedi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestCommand</name>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 dk %2 sn</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message>
        <source>Check the file with --dry-run and hand it to your indirect provider, who runs it.</source>
        <translation>Dosyayı --dry-run ile denetleyin ve çalıştırması için dolaylı sağlayıcınıza verin.</translation>
    </message>
    <message>
        <source>Checking %1 rows of %2 (dry run: nothing is sent).</source>
        <translation>%2 satırın %1 tanesi denetleniyor (deneme çalıştırması: hiçbir şey gönderilmez).</translation>
    </message>
    <message>
        <source>Confirming %1 rows of %2 (journal: %3).</source>
        <translation>%2 satırın %1 tanesi onaylanıyor (günlük: %3).</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 valid, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>%1/%2 satır: %3 geçerli, %4 zaten onaylı, %5 geçersiz, %6 başarısız, %7 atlandı</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 confirmed, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>%1/%2 satır: %3 onaylandı, %4 zaten onaylı, %5 geçersiz, %6 başarısız, %7 atlandı</translation>
    </message>
    <message>
        <source>; about %1 left</source>
        <translation>; yaklaşık %1 kaldı</translation>
    </message>
    <message numerus="yes">
        <source>; throttled %n time(s)</source>
        <translation>
            <numerusform>; %n kez kısıtlandı</numerusform>
        </translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Çalıştırma durdu: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>İstek</translation>
    </message>
    <message>
        <source>Throttled (429)</source>
        <translation>Kısıtlanan (429)</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Saniye</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Günlük</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationRunner</name>
    <message>
        <source>The same customer, contact and date as line %1: not sent twice.</source>
        <translation>%1. satırla aynı müşteri, kişi ve tarih: iki kez gönderilmedi.</translation>
    </message>
    <message>
        <source>No customer of yours has this ID.</source>
        <translation>Bu kimliğe sahip bir müşteriniz yok.</translation>
    </message>
    <message>
        <source>No customer of yours has the domain %1.</source>
        <translation>%1 etki alanına sahip bir müşteriniz yok.</translation>
    </message>
    <message>
        <source>The customer with this ID has the domain %1, not %2.</source>
        <translation>Bu kimliğe sahip müşterinin etki alanı %2 değil, %1.</translation>
    </message>
    <message>
        <source>Confirmed: found recorded after an interrupted run, not sent again.</source>
        <translation>Onaylandı: kesintiye uğrayan bir çalıştırmadan sonra kayıtlı bulundu, yeniden gönderilmedi.</translation>
    </message>
    <message>
        <source>Line %1 confirms the same contact for this customer; Partner Center keeps one confirmation per contact.</source>
        <translation>%1. satır bu müşteri için aynı kişiyi onaylıyor; İş Ortağı Merkezi her kişi için tek bir onay tutar.</translation>
    </message>
    <message>
        <source>Partner Center already has a confirmation with this contact (accepted on %1); nothing was sent.</source>
        <translation>İş Ortağı Merkezi&apos;nde bu kişiyle yapılmış bir onay zaten var (kabul tarihi: %1); hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>Valid: would be confirmed.</source>
        <translation>Geçerli: onaylanacak.</translation>
    </message>
    <message>
        <source>The journal could not be written (%1); nothing was sent.</source>
        <translation>Günlüğe yazılamadı (%1); hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>Partner Center already had a confirmation with this contact (600061).</source>
        <translation>İş Ortağı Merkezi&apos;nde bu kişiyle yapılmış bir onay zaten vardı (600061).</translation>
    </message>
    <message>
        <source>Confirmed: the answer was lost, and reading showed the confirmation recorded.</source>
        <translation>Onaylandı: yanıt kayboldu, okuma sonucunda onayın kaydedildiği görüldü.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Onaylandı.</translation>
    </message>
    <message>
        <source>Not sent: the run stopped because Partner Center could not be used (%1).</source>
        <translation>Gönderilmedi: İş Ortağı Merkezi kullanılamadığı için çalıştırma durdu (%1).</translation>
    </message>
    <message>
        <source>Canceled while being sent: the next run with the same journal reads the customer&apos;s confirmations before sending again.</source>
        <translation>Gönderilirken iptal edildi: aynı günlükle yapılan sonraki çalıştırma, yeniden göndermeden önce müşterinin onaylarını okur.</translation>
    </message>
    <message>
        <source>Not done: the run was canceled. Run the file again with the same journal to finish it.</source>
        <translation>Yapılmadı: çalıştırma iptal edildi. Tamamlamak için dosyayı aynı günlükle yeniden çalıştırın.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationWindow</name>
    <message numerus="yes">
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>Yaklaşık %Ln saniye kaldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>Yaklaşık %Ln dakika kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translation>Yaklaşık %1 sa %2 dk kaldı</translation>
    </message>
    <message>
        <source>%1 of %2 rows shown</source>
        <translation>%2 satırın %1 tanesi gösteriliyor</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>Toplu onay</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Dosya aç…</translation>
    </message>
    <message>
        <source>Open a CSV file with one confirmation per row (Ctrl+O); you can also drop it here</source>
        <translation>Her satırında bir onay bulunan bir CSV dosyası açın (Ctrl+O); dosyayı buraya da bırakabilirsiniz</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Göster:</translation>
    </message>
    <message>
        <source>Which rows to show</source>
        <translation>Gösterilecek satırlar</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Tüm satırlar</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Sorunlu satırlar</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Dosyanın satırları</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>A&amp;dvanced options</source>
        <translation>Gelişmiş seçe&amp;nekler</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>Par&amp;alel istekler:</translation>
    </message>
    <message>
        <source>How many requests are in flight at most</source>
        <translation>Aynı anda en fazla kaç istek gönderilebileceği</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>Dakika &amp;başına istek:</translation>
    </message>
    <message>
        <source>Partner Center allows about 500 requests a minute per tenant; the default leaves room for other tools</source>
        <translation>İş Ortağı Merkezi kiracı başına dakikada yaklaşık 500 isteğe izin verir; varsayılan değer diğer araçlara pay bırakır</translation>
    </message>
    <message>
        <source>Nothing new is sent while paused; requests already sent finish</source>
        <translation>Duraklatıldığında yeni bir şey gönderilmez; önceden gönderilen istekler tamamlanır</translation>
    </message>
    <message>
        <source>C&amp;ancel run</source>
        <translation>Çalıştırmayı i&amp;ptal et</translation>
    </message>
    <message>
        <source>Stops the run; rows not done stay in the journal and are sent when you continue or open the file again</source>
        <translation>Çalıştırmayı durdurur; tamamlanmayan satırlar günlükte kalır ve devam ettiğinizde veya dosyayı yeniden açtığınızda gönderilir</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>Sonuçları ka&amp;ydet…</translation>
    </message>
    <message>
        <source>Every row of the file with its outcome, code and message, as CSV</source>
        <translation>Dosyanın her satırı; sonucu, kodu ve iletisiyle birlikte CSV olarak</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>Kapa&amp;t</translation>
    </message>
    <message>
        <source>Bulk attestation is running</source>
        <translation>Toplu onay çalışıyor</translation>
    </message>
    <message>
        <source>%1 of %2 rows are done. Cancel the run and close the window?</source>
        <translation>%2 satırın %1 tanesi tamamlandı. Çalıştırma iptal edilip pencere kapatılsın mı?</translation>
    </message>
    <message>
        <source>Rows not done stay in the journal: open the same file again to finish them; no row is sent twice. Choose No to keep the run going.</source>
        <translation>Tamamlanmayan satırlar günlükte kalır: bunları tamamlamak için aynı dosyayı yeniden açın; hiçbir satır iki kez gönderilmez. Çalıştırmanın sürmesi için Hayır&apos;ı seçin.</translation>
    </message>
    <message>
        <source>Open a bulk attestation file</source>
        <translation>Toplu onay dosyası aç</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV dosyaları (*.csv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kullanılamıyor: %2</translation>
    </message>
    <message numerus="yes">
        <source>An earlier run of this file already settled %Ln row(s). Confirming continues with the rest; no row is sent twice.</source>
        <translation>
            <numerusform>Bu dosyanın önceki bir çalıştırması %Ln satırı zaten sonuçlandırdı. Onaylama kalan satırlarla devam eder; hiçbir satır iki kez gönderilmez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln row(s) not done yet to Partner Center?</source>
        <translation>
            <numerusform>Henüz tamamlanmayan %Ln satır İş Ortağı Merkezi&apos;ne gönderilsin mi?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln confirmation(s) to Partner Center, for %1?</source>
        <translation>
            <numerusform>%1 için %Ln onay İş Ortağı Merkezi&apos;ne gönderilsin mi?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln müşteri</numerusform>
        </translation>
    </message>
    <message>
        <source>Each one records that the contact named in the row accepted the Microsoft Customer Agreement on the date given. Rows with problems are not sent.</source>
        <translation>Her onay, satırda adı geçen kişinin Microsoft Müşteri Sözleşmesi&apos;ni belirtilen tarihte kabul ettiğini kaydeder. Sorunlu satırlar gönderilmez.</translation>
    </message>
    <message>
        <source>Confirm customers</source>
        <translation>Müşterileri onayla</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 satır</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>Durduruluyor: önceden gönderilen istekler bekleniyor…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Kalan süre hesaplanıyor…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down (%Ln time(s)); PartnerDesk waits as it asks.</source>
        <translation>
            <numerusform>İş Ortağı Merkezi yavaşlamayı istedi (%Ln kez); PartnerDesk istenen süre kadar bekliyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check stopped: %1</source>
        <translation>Denetim durdu: %1</translation>
    </message>
    <message>
        <source>No row can be sent. Correct the marked cells in the file and open it again.</source>
        <translation>Gönderilebilecek satır yok. Dosyadaki işaretli hücreleri düzeltin ve dosyayı yeniden açın.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can go in the file you hand over.</source>
        <translation>
            <numerusform>%Ln satır denetimi geçti ve devir dosyasına eklenebilir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can be sent. Nothing has been sent yet.</source>
        <translation>
            <numerusform>%Ln satır denetimi geçti ve gönderilebilir. Henüz hiçbir şey gönderilmedi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems: they are marked in the table.</source>
        <translation>
            <numerusform>%Ln satırda sorun var: bu satırlar tabloda işaretlendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 confirmed, %2 already confirmed, %3 invalid, %4 failed, %5 skipped.</source>
        <translation>Tamamlandı: %1 onaylandı, %2 zaten onaylı, %3 geçersiz, %4 başarısız, %5 atlandı.</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Çalıştırma durdu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are not done; Continue sends them (nothing is sent twice).</source>
        <translation>
            <numerusform>%Ln satır tamamlanmadı; “Devam et” bunları gönderir (hiçbir şey iki kez gönderilmez).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Sonuçları kaydet</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The results of %Ln row(s) were saved to %1.</source>
        <translation>
            <numerusform>%Ln satırın sonuçları %1 konumuna kaydedildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) that passed the check were saved to %1.</source>
        <translation>
            <numerusform>Denetimi geçen %Ln satır %1 konumuna kaydedildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln row(s) are listed with their problems in %1.</source>
        <translation>
            <numerusform>Diğer %Ln satır, sorunlarıyla birlikte %1 dosyasında listelendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indirect resellers cannot confirm; your indirect provider runs this file with Bulk attestation or `partnerdesk-cli bulk attest`. Open the file here to check every row, then save the rows that passed as a file for your provider.</source>
        <translation>Dolaylı satıcılar onaylayamaz; bu dosyayı dolaylı sağlayıcınız Toplu onay veya `partnerdesk-cli bulk attest` ile çalıştırır. Her satırı denetlemek için dosyayı burada açın, ardından denetimi geçen satırları sağlayıcınız için bir dosya olarak kaydedin.</translation>
    </message>
    <message>
        <source>You can check a file here and save the rows that passed for an Admin agent or a Sales agent, who runs it.</source>
        <translation>Burada bir dosyayı denetleyebilir ve denetimi geçen satırları, dosyayı çalıştıracak bir Yönetici aracısı veya Satış aracısı için kaydedebilirsiniz.</translation>
    </message>
    <message>
        <source>No file open. Open a CSV file (Ctrl+O) or drop one here. Its header row names the columns customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed (YYYY-MM-DD).</source>
        <translation>Açık dosya yok. Bir CSV dosyası açın (Ctrl+O) veya buraya bırakın. Dosyanın başlık satırında şu sütunlar bulunur: customerId (veya domain), firstName, lastName, email, phoneNumber (isteğe bağlı) ve dateAgreed (YYYY-MM-DD).</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — %Ln satır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue with %Ln row(s)…</source>
        <translation>
            <numerusform>%Ln satırla d&amp;evam et…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Confirm %Ln customer(s)…</source>
        <translation>
            <numerusform>%Ln müşteriyi &amp;onayla…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;file for your provider…</source>
        <translation>&amp;Sağlayıcınız için dosyayı kaydet…</translation>
    </message>
    <message>
        <source>Save &amp;checked file…</source>
        <translation>Denetlenen dosyayı &amp;kaydet…</translation>
    </message>
    <message>
        <source>The rows that passed the check, in the file&apos;s own columns; the other rows go with their problems to a second file beside it</source>
        <translation>Denetimi geçen satırlar, dosyanın kendi sütunlarıyla; diğer satırlar sorunlarıyla birlikte yanındaki ikinci bir dosyaya yazılır</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Sü&amp;rdür</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>D&amp;uraklat</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sınır yok</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkHandOffFile</name>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>Dosya %1 konumuna kaydedilemedi: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkInputError</name>
    <message>
        <source>The file is empty: it needs a header row with customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed.</source>
        <translation>Dosya boş: customerId (veya domain), firstName, lastName, email, phoneNumber (isteğe bağlı) ve dateAgreed sütunlarını içeren bir başlık satırı gerekir.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Dosyada başlık satırı var ancak veri satırı yok.</translation>
    </message>
    <message>
        <source>customerId (or domain, when the customer ID is not known)</source>
        <translation>customerId (veya müşteri kimliği bilinmiyorsa domain)</translation>
    </message>
    <message>
        <source>The header row lacks these columns: %1.</source>
        <translation>Başlık satırında şu sütunlar eksik: %1.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header row.</source>
        <translation>“%1” sütunu başlık satırında iki kez geçiyor.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal</name>
    <message>
        <source>no file identity</source>
        <translation>dosya kimliği yok</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal::Error</name>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>%1 günlüğü açılamadı: %2</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another run. Wait for it to end, or choose another journal.</source>
        <translation>%1 günlüğü başka bir çalıştırma tarafından kullanılıyor. Çalıştırmanın bitmesini bekleyin veya başka bir günlük seçin.</translation>
    </message>
    <message>
        <source>The journal %1 belongs to a different file (or to an earlier version of this one). Use the file it was made for, or choose another journal.</source>
        <translation>%1 günlüğü farklı bir dosyaya (veya bu dosyanın önceki bir sürümüne) ait. Günlüğün oluşturulduğu dosyayı kullanın veya başka bir günlük seçin.</translation>
    </message>
    <message>
        <source>The file %1 is not a PartnerDesk bulk journal, or it is damaged: %2</source>
        <translation>%1 dosyası bir PartnerDesk toplu onay günlüğü değil veya hasarlı: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkOutcome</name>
    <message>
        <source>Pending</source>
        <translation>Beklemede</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geçerli</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <source>Already confirmed</source>
        <translation>Zaten onaylı</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Geçersiz</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Atlandı</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkResultFile</name>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>Sonuçlar %1 konumuna kaydedilemedi: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowChecks</name>
    <message>
        <source>Give the customer&apos;s ID (or its domain, when the ID is not known).</source>
        <translation>Müşterinin kimliğini (kimlik bilinmiyorsa etki alanını) girin.</translation>
    </message>
    <message>
        <source>A customer ID looks like 14876998-c0dc-46e6-9d0c-65a57a6c32ec (the customer&apos;s tenant ID).</source>
        <translation>Müşteri kimliği 14876998-c0dc-46e6-9d0c-65a57a6c32ec biçimindedir (müşterinin kiracı kimliği).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowsModel</name>
    <message>
        <source>Customer ID %1, domain %2</source>
        <translation>Müşteri kimliği %1, etki alanı %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Kod: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>İstek kimliği: %1</translation>
    </message>
    <message>
        <source>%1 (problem: %2)</source>
        <translation>%1 (sorun: %2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Customer ID or domain</source>
        <translation>Müşteri kimliği veya etki alanı</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Kabul tarihi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
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
        <translation>PartnerDesk komut satırı: Microsoft Müşteri Sözleşmesi işlemleri.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default: table).</source>
        <translation>Çıktı biçimi: table, json veya csv (varsayılan: table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>BİÇİM</translation>
    </message>
    <message>
        <source>Language of messages, such as tr or de (default: the system&apos;s).</source>
        <translation>İletilerin dili, örneğin tr veya de (varsayılan: sistemin dili).</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>YEREL_AYAR</translation>
    </message>
    <message>
        <source>First name of the person who accepted.</source>
        <translation>Kabul eden kişinin adı.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <source>Last name of the person who accepted.</source>
        <translation>Kabul eden kişinin soyadı.</translation>
    </message>
    <message>
        <source>Email address of the person who accepted.</source>
        <translation>Kabul eden kişinin e-posta adresi.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-POSTA</translation>
    </message>
    <message>
        <source>Phone number of the person who accepted (optional).</source>
        <translation>Kabul eden kişinin telefon numarası (isteğe bağlı).</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>Agreement acceptance date, YYYY-MM-DD.</source>
        <translation>Sözleşme kabul tarihi, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>TARİH</translation>
    </message>
    <message>
        <source>Check everything, send nothing.</source>
        <translation>Her şeyi denetle, hiçbir şey gönderme.</translation>
    </message>
    <message>
        <source>Country/region, two letters (templates).</source>
        <translation>Ülke/bölge, iki harf (şablonlar).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Language of the template, such as de-DE.</source>
        <translation>Şablonun dili, örneğin de-DE.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>DİL</translation>
    </message>
    <message>
        <source>Only customers whose company name starts with this.</source>
        <translation>Yalnızca şirket adı bununla başlayan müşteriler.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>ÖNEK</translation>
    </message>
    <message>
        <source>Bulk: requests in flight at most (default: %1).</source>
        <translation>Toplu: aynı anda en fazla istek sayısı (varsayılan: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bulk: requests a minute at most (default: %1).</source>
        <translation>Toplu: dakikada en fazla istek sayısı (varsayılan: %1).</translation>
    </message>
    <message>
        <source>PER_MINUTE</source>
        <translation>DAKİKADA</translation>
    </message>
    <message>
        <source>Bulk: the journal that makes a run resumable (default: beside the results).</source>
        <translation>Toplu: çalıştırmayı sürdürülebilir kılan günlük (varsayılan: sonuçların yanında).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DOSYA</translation>
    </message>
    <message>
        <source>Bulk: the result file (default: beside the input file).</source>
        <translation>Toplu: sonuç dosyası (varsayılan: giriş dosyasının yanında).</translation>
    </message>
    <message>
        <source>The command (see above).</source>
        <translation>Komut (yukarıya bakın).</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS]</source>
        <translation>KOMUT [BAĞIMSIZ_DEĞİŞKENLER]</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Bir komut belirtin.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, json or csv.</source>
        <translation>Bilinmeyen biçim “%1”: table, json veya csv kullanın.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2.</source>
        <translation>--%1, 1 ile %2 arasında bir tam sayı alır.</translation>
    </message>
    <message>
        <source>No token: set PARTNERDESK_TOKEN, or run `partnerdesk-cli signin`.</source>
        <translation>Belirteç yok: PARTNERDESK_TOKEN değişkenini ayarlayın veya `partnerdesk-cli signin` komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Name the customer: the customer&apos;s tenant ID.</source>
        <translation>Müşteriyi belirtin: müşterinin kiracı kimliği.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Bilinmeyen komut “%1”.</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>Şablon kimliği</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Sözleşme türü</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>Version rank</source>
        <translation>Sürüm sırası</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Confirmed by partner</source>
        <translation>İş ortağınca onaylandı</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>Doğrudan kabul edildi</translation>
    </message>
    <message>
        <source>May buy</source>
        <translation>Satın alabilir</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Kabul tarihi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Kabul eden</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Valid: nothing was sent (dry run).</source>
        <translation>Geçerli: hiçbir şey gönderilmedi (deneme çalıştırması).</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has this confirmation.</source>
        <translation>Zaten onaylandı: İş Ortağı Merkezi&apos;nde bu onay var.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Onaylandı.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>US veya DE gibi iki harfli bir ülke kodu kullanın.</translation>
    </message>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>İş Ortağı Merkezi bir Microsoft Müşteri Sözleşmesi şablonu belirtmedi.</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Ülke/bölge</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>İndir</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Müşteri kimliği</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Etki alanı</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>İlişki</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Birincil kişi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Request ID: %1, correlation ID: %2</source>
        <translation>İstek kimliği: %1, bağıntı kimliği: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Partner Center address (default: start the embedded sandbox). The token comes from PARTNERDESK_TOKEN, else from `partnerdesk-cli signin`.</source>
        <translation>İş Ortağı Merkezi adresi (varsayılan: yerleşik korumalı alanı başlat). Belirteç PARTNERDESK_TOKEN değişkeninden, bu yoksa `partnerdesk-cli signin` ile açılan oturumdan alınır.</translation>
    </message>
    <message>
        <source>Sign-in service (default: https://login.microsoftonline.com; the sandbox&apos;s own address for a sandbox).</source>
        <translation>Oturum açma hizmeti (varsayılan: https://login.microsoftonline.com; korumalı alan için korumalı alanın kendi adresi).</translation>
    </message>
    <message>
        <source>Your partner tenant: its ID or domain (default: organizations).</source>
        <translation>İş ortağı kiracınız: kimliği veya etki alanı (varsayılan: organizations).</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>KİRACI</translation>
    </message>
    <message>
        <source>The application (client) ID registered for PartnerDesk.</source>
        <translation>PartnerDesk için kaydedilen uygulama (istemci) kimliği.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>KİMLİK</translation>
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
        <translation>Komutlar:
  signin [--tenant KİRACI] [--client-id KİMLİK] [--authority URL]
  signout
  agreement metadata
  agreement status MÜŞTERİ_KİMLİĞİ
  agreement confirm MÜŞTERİ_KİMLİĞİ --first AD --last SOYAD --email E-POSTA [--phone TELEFON] --date YYYY-MM-DD [--dry-run]
  agreement template [--country CC] [--language ll-CC]
  customers list [--search ÖNEK]
  customers show MÜŞTERİ_KİMLİĞİ
  invite link
  bulk attest DOSYA.csv [--dry-run] [--concurrency N] [--rate DAKİKADA]
              [--journal DOSYA] [--results DOSYA]
Çıkış kodları: 0 başarılı (&quot;zaten onaylandı&quot; dahil), 2 geçersiz giriş veya gönderilmeden reddedildi,
3 hizmet hatayla yanıt verdi, 4 ağ hatası,
5 toplu dosyanın bazı satırları geçersiz veya başarısız (diğer satırlar tamamlandı).</translation>
    </message>
    <message>
        <source>Warning: the new sign-in could not be kept in the secret store (%1).</source>
        <translation>Uyarı: yeni oturum açma bilgisi anahtarlıkta saklanamadı (%1).</translation>
    </message>
    <message>
        <source>Name the application (client) ID registered for PartnerDesk: --client-id ID.</source>
        <translation>PartnerDesk için kaydedilen uygulama (istemci) kimliğini belirtin: --client-id KİMLİK.</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so a sign-in cannot be kept for later commands. Set PARTNERDESK_TOKEN for each run instead.</source>
        <translation>Bu sistemde PartnerDesk&apos;in kullanabileceği bir anahtarlık yok; bu nedenle oturum açma bilgisi sonraki komutlar için saklanamaz. Bunun yerine her çalıştırmada PARTNERDESK_TOKEN değişkenini ayarlayın.</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2. Waiting until %3…</source>
        <translation>Oturum açmak için bir tarayıcıda %1 adresini açın ve %2 kodunu girin. Saat %3 olana kadar bekleniyor…</translation>
    </message>
    <message>
        <source>No connection to the sign-in service; still waiting.</source>
        <translation>Oturum açma hizmetiyle bağlantı yok; beklemeye devam ediliyor.</translation>
    </message>
    <message>
        <source>The sign-in service gave no refresh token (the offline_access scope), so nothing can be kept.</source>
        <translation>Oturum açma hizmeti yenileme belirteci vermedi (offline_access kapsamı); bu nedenle hiçbir şey saklanamıyor.</translation>
    </message>
    <message>
        <source>The sign-in worked, but the secret store refused to keep it (%1). Set PARTNERDESK_TOKEN instead.</source>
        <translation>Oturum açıldı, ancak anahtarlık oturum açma bilgisini saklamayı reddetti (%1). Bunun yerine PARTNERDESK_TOKEN değişkenini ayarlayın.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), tenant %3.</source>
        <translation>%1 (%2) olarak oturum açıldı, kiracı: %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use: there is no sign-in to remove.</source>
        <translation>Bu sistemde PartnerDesk&apos;in kullanabileceği bir anahtarlık yok: kaldırılacak oturum açma bilgisi yok.</translation>
    </message>
    <message>
        <source>Signed out: the kept sign-in is removed.</source>
        <translation>Oturum kapatıldı: saklanan oturum açma bilgisi kaldırıldı.</translation>
    </message>
    <message>
        <source>There was no kept sign-in to remove.</source>
        <translation>Kaldırılacak, saklanmış bir oturum açma bilgisi yoktu.</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so no sign-in was kept.</source>
        <translation>Bu sistemde PartnerDesk&apos;in kullanabileceği bir anahtarlık yok; bu nedenle hiçbir oturum açma bilgisi saklanmadı.</translation>
    </message>
    <message>
        <source>The secret store could not remove the sign-in (%1).</source>
        <translation>Anahtarlık oturum açma bilgisini kaldıramadı (%1).</translation>
    </message>
    <message>
        <source>Run `partnerdesk-cli signin` again.</source>
        <translation>`partnerdesk-cli signin` komutunu yeniden çalıştırın.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmAgreementDialog</name>
    <message>
        <source>The customer&apos;s details could not be read, so nothing is filled in and the phone number is checked without the country&apos;s rules. %1</source>
        <translation>Müşterinin bilgileri okunamadı; bu nedenle hiçbir alan doldurulmadı ve telefon numarası ülkenin kuralları olmadan denetleniyor. %1</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation, recorded for an acceptance on %1. If someone else accepted the agreement, enter that person instead.</source>
        <translation>%1 tarihindeki kabul için kaydedilen en son onaydan dolduruldu. Sözleşmeyi başka biri kabul ettiyse bunun yerine o kişiyi girin.</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation. If someone else accepted the agreement, enter that person instead.</source>
        <translation>En son onaydan dolduruldu. Sözleşmeyi başka biri kabul ettiyse bunun yerine o kişiyi girin.</translation>
    </message>
    <message>
        <source>Filled in from the primary contact of the billing profile. Make sure this is the person who accepted the agreement; if not, enter the right person.</source>
        <translation>Fatura profilinin birincil kişisinden dolduruldu. Sözleşmeyi kabul eden kişinin bu kişi olduğundan emin olun; değilse doğru kişiyi girin.</translation>
    </message>
    <message>
        <source>The country&apos;s phone number format could not be read, so the phone number is checked without it.</source>
        <translation>Ülkenin telefon numarası biçimi okunamadı; bu nedenle telefon numarası bu biçim olmadan denetleniyor.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — confirm customer acceptance</source>
        <translation>Microsoft Müşteri Sözleşmesi — müşteri kabulünü onayla</translation>
    </message>
    <message>
        <source>Confirm that the customer accepted the Microsoft Customer Agreement</source>
        <translation>Müşterinin Microsoft Müşteri Sözleşmesi&apos;ni kabul ettiğini onaylayın</translation>
    </message>
    <message>
        <source>Confirm that %1 accepted the Microsoft Customer Agreement</source>
        <translation>%1 adlı müşterinin Microsoft Müşteri Sözleşmesi&apos;ni kabul ettiğini onaylayın</translation>
    </message>
    <message>
        <source>Enter the first name, last name, email address and phone number (optional) of the person who accepted the agreement, and the date they accepted it. The date cannot be in the future.</source>
        <translation>Sözleşmeyi kabul eden kişinin adını, soyadını, e-posta adresini, telefon numarasını (isteğe bağlı) ve kabul tarihini girin. Tarih gelecekte olamaz.</translation>
    </message>
    <message>
        <source>Before this order can be placed, confirm that the customer accepted the Microsoft Customer Agreement: nobody has confirmed it yet, and the customer has not accepted it in the Microsoft 365 admin center. When you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>Bu sipariş verilmeden önce müşterinin Microsoft Müşteri Sözleşmesi&apos;ni kabul ettiğini onaylayın: henüz kimse onaylamadı ve müşteri sözleşmeyi Microsoft 365 yönetim merkezinde kabul etmedi. Kaydettiğinizde PartnerDesk onayı kaydeder ve ardından siparişi verir.</translation>
    </message>
    <message>
        <source>Partner Center refused the order because it has no record that the customer accepted the Microsoft Customer Agreement (error 13605). Confirm their acceptance; when you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>İş Ortağı Merkezi&apos;nde müşterinin Microsoft Müşteri Sözleşmesi&apos;ni kabul ettiğine dair kayıt olmadığı için sipariş reddedildi (hata 13605). Müşterinin kabulünü onaylayın; kaydettiğinizde PartnerDesk onayı kaydeder ve ardından siparişi verir.</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Kaydet ve devam et</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Saving the confirmation…</source>
        <translation>Onay kaydediliyor…</translation>
    </message>
    <message>
        <source>Record in Partner Center that the customer accepted the Microsoft Customer Agreement (Enter)</source>
        <translation>Müşterinin Microsoft Müşteri Sözleşmesi&apos;ni kabul ettiğini İş Ortağı Merkezi&apos;ne kaydet (Enter)</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s details…</source>
        <translation>Müşterinin bilgileri okunuyor…</translation>
    </message>
    <message>
        <source>Canceled. If the confirmation reached Partner Center before you canceled, saving again reports it as already confirmed.</source>
        <translation>İptal edildi. Onay, siz iptal etmeden önce İş Ortağı Merkezi&apos;ne ulaştıysa yeniden kaydettiğinizde zaten onaylı olarak bildirilir.</translation>
    </message>
    <message>
        <source>Stop saving; what you entered stays (Esc)</source>
        <translation>Kaydetmeyi durdur; girdikleriniz korunur (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <source>Partner Center compares the date with today in UTC, which can still be yesterday where you are.</source>
        <translation>İş Ortağı Merkezi tarihi UTC&apos;ye göre bugünle karşılaştırır; UTC&apos;de bugün, bulunduğunuz yerde hâlâ dün olabilir.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmationPage</name>
    <message>
        <source>Confirmation</source>
        <translation>Onay</translation>
    </message>
    <message>
        <source>The customer has been created.</source>
        <translation>Müşteri oluşturuldu.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Son</translation>
    </message>
    <message>
        <source>Sign-in details of the customer&apos;s administrator</source>
        <translation>Müşteri yöneticisinin oturum açma bilgileri</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opyala</translation>
    </message>
    <message>
        <source>Copy the user name</source>
        <translation>Kullanıcı adını kopyala</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kopya&amp;la</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Parolayı kopyala</translation>
    </message>
    <message>
        <source>This password is shown only this once. Copy it now and keep it somewhere safe: PartnerDesk does not store it and Partner Center cannot show it again. You will need to give these details to the customer.</source>
        <translation>Bu parola yalnızca bu kez gösterilir. Parolayı şimdi kopyalayın ve güvenli bir yerde saklayın: PartnerDesk parolayı saklamaz ve İş Ortağı Merkezi parolayı yeniden gösteremez. Bu bilgileri müşteriye vermeniz gerekecek.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft Müşteri Sözleşmesi</translation>
    </message>
    <message>
        <source>&amp;Try confirming again</source>
        <translation>Onaylamayı &amp;yeniden dene</translation>
    </message>
    <message>
        <source>&amp;Open the customer&apos;s page</source>
        <translation>Müşteri sayfasını &amp;aç</translation>
    </message>
    <message>
        <source>&amp;Send invitation…</source>
        <translation>&amp;Davet gönder…</translation>
    </message>
    <message>
        <source>Write the email that invites the customer to accept the Microsoft Customer Agreement in the Microsoft 365 admin center, with these sign-in details.</source>
        <translation>Müşteriyi, bu oturum açma bilgileriyle Microsoft 365 yönetim merkezinde Microsoft Müşteri Sözleşmesi&apos;ni kabul etmeye davet eden e-postayı yazın.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Panoya kopyalandı.</translation>
    </message>
    <message>
        <source>%1 was created with the domain %2.</source>
        <translation>%1, %2 etki alanıyla oluşturuldu.</translation>
    </message>
    <message>
        <source>Partner Center sent no sign-in details for this customer. Reset the administrator&apos;s password in the Microsoft 365 admin center.</source>
        <translation>İş Ortağı Merkezi bu müşteri için oturum açma bilgisi göndermedi. Yöneticinin parolasını Microsoft 365 yönetim merkezinde sıfırlayın.</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>Kabul onayı kaydediliyor…</translation>
    </message>
    <message>
        <source>The customer cannot make a purchase until they accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Send them the invitation: it holds the link and the sign-in details above.</source>
        <translation>Müşteri, Microsoft 365 yönetim merkezinde Microsoft Müşteri Sözleşmesi&apos;ni kabul edene kadar satın alma yapamaz. Müşteriye daveti gönderin: davet, bağlantıyı ve yukarıdaki oturum açma bilgilerini içerir.</translation>
    </message>
    <message>
        <source>The customer was created, but the confirmation of acceptance could not be recorded. %1 Try again now, or confirm it later from the customer&apos;s page (Account info, Microsoft Customer Agreement, Update); the customer is not created twice.</source>
        <translation>Müşteri oluşturuldu ancak kabul onayı kaydedilemedi. %1 Şimdi yeniden deneyin veya onayı daha sonra müşterinin sayfasından verin (Hesap bilgileri, Microsoft Müşteri Sözleşmesi, Güncelleştir); müşteri iki kez oluşturulmaz.</translation>
    </message>
    <message>
        <source>This confirmation of acceptance was already recorded; nothing else is needed.</source>
        <translation>Bu kabul onayı zaten kaydedilmiş; başka bir işlem gerekmiyor.</translation>
    </message>
    <message>
        <source>Confirmed: %1 %2 accepted the Microsoft Customer Agreement on %3. The customer can make purchases.</source>
        <translation>Onaylandı: %1 %2, Microsoft Müşteri Sözleşmesi&apos;ni %3 tarihinde kabul etti. Müşteri satın alma yapabilir.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ContactForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Soyadı</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>&amp;E-posta adresi</translation>
    </message>
    <message>
        <source>&amp;Phone number (optional)</source>
        <translation>Tele&amp;fon numarası (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Agreement &amp;acceptance date</source>
        <translation>Sö&amp;zleşme kabul tarihi</translation>
    </message>
    <message>
        <source>The date the customer accepted the agreement. It cannot be in the future.</source>
        <translation>Müşterinin sözleşmeyi kabul ettiği tarih. Gelecekte bir tarih olamaz.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>İsteğe bağlı</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CountryCoverageModel</name>
    <message>
        <source>Country not known</source>
        <translation>Ülke bilinmiyor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Kapsanan</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CoverageDashboard</name>
    <message>
        <source>Scan canceled.</source>
        <translation>Tarama iptal edildi.</translation>
    </message>
    <message>
        <source>Scan canceled. The numbers shown are from the last complete scan.</source>
        <translation>Tarama iptal edildi. Gösterilen sayılar son tamamlanan taramaya ait.</translation>
    </message>
    <message>
        <source>Coverage dashboard — Microsoft Customer Agreement</source>
        <translation>Kapsam panosu — Microsoft Müşteri Sözleşmesi</translation>
    </message>
    <message>
        <source>&amp;Scan all customers</source>
        <translation>Tüm müşterileri &amp;tara</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>Reads the agreement status of every customer.</source>
        <translation>Her müşterinin sözleşme durumunu okur.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>İpta&amp;l</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>&amp;CSV olarak dışarı aktar…</translation>
    </message>
    <message>
        <source>Every customer&apos;s status as a spreadsheet file.</source>
        <translation>Her müşterinin durumu, elektronik tablo dosyası olarak.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF olarak dışarı aktar…</translation>
    </message>
    <message>
        <source>A dated report with the chart and the tables, for your records.</source>
        <translation>Kayıtlarınız için grafiği ve tabloları içeren tarihli bir rapor.</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Tarama ilerlemesi</translation>
    </message>
    <message>
        <source>Customers by agreement status</source>
        <translation>Sözleşme durumuna göre müşteriler</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tüm müşteriler</translation>
    </message>
    <message>
        <source>By &amp;country</source>
        <translation>Ülkeye &amp;göre</translation>
    </message>
    <message>
        <source>Coverage by country</source>
        <translation>Ülkeye göre kapsam</translation>
    </message>
    <message>
        <source>&amp;Needs attention (%1)</source>
        <translation>&amp;Dikkat gerektirenler (%1)</translation>
    </message>
    <message>
        <source>Customers that need attention</source>
        <translation>Dikkat gerektiren müşteriler</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>Müşteriyi &amp;aç</translation>
    </message>
    <message>
        <source>— less than a minute left</source>
        <translation>— bir dakikadan az kaldı</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1</source>
        <translation>Müşteri listesi okunamadı: %1</translation>
    </message>
    <message>
        <source>Scan to see how many of your customers have accepted the Microsoft Customer Agreement.</source>
        <translation>Müşterilerinizden kaçının Microsoft Müşteri Sözleşmesi&apos;ni kabul ettiğini görmek için tarama yapın.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Listing customers…</source>
        <translation>Müşteriler listeleniyor…</translation>
    </message>
    <message>
        <source>Last scanned: %1</source>
        <translation>Son tarama: %1</translation>
    </message>
    <message>
        <source>Export the status of every customer</source>
        <translation>Her müşterinin durumunu dışarı aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Dosya kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Export the coverage report</source>
        <translation>Kapsam raporunu dışarı aktar</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Rapor kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Rapor %1 konumuna kaydedildi.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked PartnerDesk to slow down; the scan goes on in %Ln second(s).</source>
        <translation>
            <numerusform>İş Ortağı Merkezi, PartnerDesk&apos;ten yavaşlamasını istedi; tarama %Ln saniye sonra sürecek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read</source>
        <translation>
            <numerusform>%Ln müşteriden %1 tanesi okundu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read (listing…)</source>
        <translation>
            <numerusform>%Ln müşteriden %1 tanesi okundu (listeleniyor…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— about %Ln minute(s) left</source>
        <translation>
            <numerusform>— yaklaşık %Ln dakika kaldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; a customer whose status could not be read is counted as unknown. Last error: %1</source>
        <translation>
            <numerusform>%Ln müşteri tam olarak okunamadı; durumu okunamayan müşteri bilinmiyor olarak sayılır. Son hata: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>Onaylanmamış %Ln müşterinin zaten satın alımları var: bu müşteriler sözleşmeyi Microsoft 365 yönetim merkezinde kabul edemez; bu nedenle kabullerini kuruluşunuzun onaylaması gerekir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the status of %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>%Ln müşterinin durumu %1 konumuna kaydedildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CoveragePdf</name>
    <message>
        <source>Partner</source>
        <translation>İş ortağı</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ayarlanmadı</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Oluşturulma tarihi</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Tarama tarihi</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>Microsoft Müşteri Sözleşmesi durumu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Ülkeye göre</translation>
    </message>
    <message>
        <source>Customers that need attention (%1)</source>
        <translation>Dikkat gerektiren müşteriler (%1)</translation>
    </message>
    <message>
        <source>Every customer is confirmed by your organization or accepted directly.</source>
        <translation>Her müşteri kuruluşunuz tarafından onaylanmış veya sözleşmeyi doğrudan kabul etmiş.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement coverage</source>
        <translation>Microsoft Müşteri Sözleşmesi kapsamı</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a number of customers and their share</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>Onaylanmamış %Ln müşterinin zaten satın alımları var: bu müşteriler sözleşmeyi Microsoft 365 yönetim merkezinde kabul edemez; bu nedenle kabullerini kuruluşunuzun onaylaması gerekir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; their status may be shown as unknown.</source>
        <translation>
            <numerusform>%Ln müşteri tam olarak okunamadı; bu müşterilerin durumu bilinmiyor olarak gösterilebilir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CreateCustomerFlow</name>
    <message>
        <source>Creating the customer…</source>
        <translation>Müşteri oluşturuluyor…</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>Kabul onayı kaydediliyor…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CsvError</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Dosya okunamadı: %1</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (“Unicode text”), not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>Dosya UTF-8 olarak değil, UTF-16 (“Unicode metin”) olarak kaydedilmiş. Dosyayı “CSV UTF-8” olarak yeniden kaydedin.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-32, not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>Dosya UTF-8 olarak değil, UTF-32 olarak kaydedilmiş. Dosyayı “CSV UTF-8” olarak yeniden kaydedin.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8: the file looks like Latin-1 or another 8-bit code page (such as Windows-1252). Save it again as “CSV UTF-8”.</source>
        <translation>%1. satır geçerli bir UTF-8 değil: dosya Latin-1 veya başka bir 8 bit kod sayfasıyla (Windows-1252 gibi) kaydedilmiş görünüyor. Dosyayı “CSV UTF-8” olarak yeniden kaydedin.</translation>
    </message>
    <message>
        <source>The field starting on line %1 is longer than %2 characters; PartnerDesk stopped reading the file.</source>
        <translation>%1. satırda başlayan alan %2 karakterden uzun; PartnerDesk dosyayı okumayı durdurdu.</translation>
    </message>
    <message>
        <source>The record on line %1 is too large (more than %2 fields or characters); PartnerDesk stopped reading the file.</source>
        <translation>%1. satırdaki kayıt çok büyük (%2 alandan veya karakterden fazla); PartnerDesk dosyayı okumayı durdurdu.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>Dosyada %1 satırdan fazla var; dosyayı daha küçük dosyalara bölün.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Dosya %1 MB&apos;tan büyük; dosyayı daha küçük dosyalara bölün.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation>%1. satırda başlayan tırnaklı alan hiç kapatılmamış: bir tırnak işareti (&quot;) eksik.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Customer</name>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Satıcı</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Sendikasyon</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>Microsoft desteği</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerAccountLoader</name>
    <message>
        <source>The customer&apos;s billing address names no country, so its rules are unknown.</source>
        <translation>Müşterinin fatura adresinde ülke belirtilmemiş; bu nedenle ülkenin kuralları bilinmiyor.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerEvidenceWidget</name>
    <message>
        <source>There are no evidence records for this customer; nothing was written.</source>
        <translation>Bu müşteri için kanıt kaydı yok; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as PDF</source>
        <translation>Bu müşterinin kanıtlarını PDF olarak dışarı aktar</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as JSON</source>
        <translation>Bu müşterinin kanıtlarını JSON olarak dışarı aktar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln kayıt %1 konumuna yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every confirmation sent from PartnerDesk for this customer, newest first, with the answer Partner Center gave. Kept on this computer.</source>
        <translation>PartnerDesk&apos;ten bu müşteri için gönderilen her onay (en yeni önce) ve İş Ortağı Merkezi&apos;nin verdiği yanıt. Bu bilgisayarda saklanır.</translation>
    </message>
    <message>
        <source>Evidence records</source>
        <translation>Kanıt kayıtları</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Sonuç:</translation>
    </message>
    <message>
        <source>Re&amp;quest id:</source>
        <translation>İstek ki&amp;mliği:</translation>
    </message>
    <message>
        <source>C&amp;orrelation id:</source>
        <translation>Bağı&amp;ntı kimliği:</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>İstek kimliği</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Bağıntı kimliği</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON olarak dışarı aktar…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a JSON file</source>
        <translation>Bu müşterinin kanıt kayıtlarını JSON dosyası olarak kaydedin</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PD&amp;F olarak dışarı aktar…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a PDF report</source>
        <translation>Bu müşterinin kanıt kayıtlarını PDF raporu olarak kaydedin</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer. Confirmations still reach Partner Center, but none is recorded here until PartnerDesk is restarted with the file accessible.</source>
        <translation>Kanıt kayıtları kullanılamıyor: PartnerDesk bu bilgisayardaki kanıt dosyasını açamadı. Onaylar İş Ortağı Merkezi&apos;ne yine ulaşır ancak PartnerDesk, dosyaya erişilebilirken yeniden başlatılana kadar burada hiçbir onay kaydedilmez.</translation>
    </message>
    <message>
        <source>No evidence yet: no confirmation for this customer has been sent from PartnerDesk on this computer.</source>
        <translation>Henüz kanıt yok: bu bilgisayardaki PartnerDesk&apos;ten bu müşteri için hiçbir onay gönderilmedi.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListLoader</name>
    <message>
        <source>A page of customers could not be read consistently.</source>
        <translation>Bir müşteri sayfası tutarlı biçimde okunamadı.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListModel</name>
    <message>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Etki alanı</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Ülke/bölge</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>MCA durumu</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Kabul tarihi</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>İlişki</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>Read the customer and the agreement status again (F5)</source>
        <translation>Müşteriyi ve sözleşme durumunu yeniden oku (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Yeniden d&amp;ene</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Yükleniyor</translation>
    </message>
    <message>
        <source>Account info</source>
        <translation>Hesap bilgileri</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Şirket:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Etki alanı:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>İlişki:</translation>
    </message>
    <message>
        <source>Subscriptions:</source>
        <translation>Abonelikler:</translation>
    </message>
    <message>
        <source>Primary contact:</source>
        <translation>Birincil kişi:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>E-posta adresi:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Fatura adresi:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft Müşteri Sözleşmesi</translation>
    </message>
    <message>
        <source>Latest confirmation:</source>
        <translation>En son onay:</translation>
    </message>
    <message>
        <source>Direct acceptance:</source>
        <translation>Doğrudan kabul:</translation>
    </message>
    <message>
        <source>Confirmation &amp;history (newest first)</source>
        <translation>Onay &amp;geçmişi (en yeni önce)</translation>
    </message>
    <message>
        <source>Confirmation history</source>
        <translation>Onay geçmişi</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>Microsoft Müşteri Sözleşmesi durumu</translation>
    </message>
    <message>
        <source>Direct acceptance in the Microsoft 365 admin center</source>
        <translation>Microsoft 365 yönetim merkezinde doğrudan kabul</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yapılması gerekenler</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>Güncelleş&amp;tir…</translation>
    </message>
    <message>
        <source>&amp;Invite to accept…</source>
        <translation>Kabul için &amp;davet et…</translation>
    </message>
    <message>
        <source>Agreement &amp;template…</source>
        <translation>Sözleşme şa&amp;blonu…</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>Yeni &amp;sipariş…</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>Müşteri okunuyor…</translation>
    </message>
    <message>
        <source>Reading the agreement status…</source>
        <translation>Sözleşme durumu okunuyor…</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>Abonelikler okunuyor…</translation>
    </message>
    <message>
        <source>Loading was canceled; what is shown may be incomplete.</source>
        <translation>Yükleme iptal edildi; gösterilen bilgiler eksik olabilir.</translation>
    </message>
    <message>
        <source>Some of this customer&apos;s details could not be read. %1</source>
        <translation>Bu müşterinin bazı bilgileri okunamadı. %1</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Satıcı</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Sendikasyon</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>Microsoft desteği</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Okunuyor…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Customer — Account info</source>
        <translation>Müşteri — Hesap bilgileri</translation>
    </message>
    <message>
        <source>%1 · customer id %2</source>
        <translation>%1 · müşteri kimliği %2</translation>
    </message>
    <message>
        <source>%1 — Account info</source>
        <translation>%1 — Hesap bilgileri</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <translation>%1, telefon %2</translation>
    </message>
    <message>
        <source>%1 (culture %2)</source>
        <translation>%1 (kültür %2)</translation>
    </message>
    <message>
        <source>None through your organization</source>
        <translation>Kuruluşunuz aracılığıyla yok</translation>
    </message>
    <message numerus="yes">
        <source>Through your organization: %n</source>
        <translation>
            <numerusform>Kuruluşunuz aracılığıyla: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Okunamadı</translation>
    </message>
    <message>
        <source>The agreement status could not be read. Use Retry.</source>
        <translation>Sözleşme durumu okunamadı. “Yeniden dene” düğmesini kullanın.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2.</source>
        <translation>%2 tarihinde %1 tarafından kabul edildi.</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Şablon: %1</translation>
    </message>
    <message>
        <source>No partner confirmation yet.</source>
        <translation>Henüz iş ortağı onayı yok.</translation>
    </message>
    <message>
        <source>Could not be read.</source>
        <translation>Okunamadı.</translation>
    </message>
    <message>
        <source>The customer accepted in the Microsoft 365 admin center.</source>
        <translation>Müşteri, sözleşmeyi Microsoft 365 yönetim merkezinde kabul etti.</translation>
    </message>
    <message>
        <source>Not accepted in the Microsoft 365 admin center.</source>
        <translation>Microsoft 365 yönetim merkezinde kabul edilmedi.</translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for new purchases, so the partner&apos;s confirmation is the record Partner Center relies on. If someone else at the customer accepted the agreement, record that person with Update.</source>
        <translation>
            <numerusform>Bu müşterinin kuruluşunuz aracılığıyla yapılmış mevcut satın alımları var (abonelik: %n) ve müşteri sözleşmeyi Microsoft 365 yönetim merkezinde kabul etmedi. Bir iş ortağı aracılığıyla mevcut satın alımları olan bir müşteri, yeni satın alımlar için sözleşmeyi orada kabul edemez; bu nedenle İş Ortağı Merkezi&apos;nin dayandığı kayıt, iş ortağının onayıdır. Sözleşmeyi müşteri tarafında başka biri kabul ettiyse o kişiyi Güncelleştir ile kaydedin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for a new purchase: the admin center tells them &quot;Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.&quot; The partner must attest on the customer&apos;s behalf.</source>
        <translation>
            <numerusform>Bu müşterinin kuruluşunuz aracılığıyla yapılmış mevcut satın alımları var (abonelik: %n) ve müşteri sözleşmeyi Microsoft 365 yönetim merkezinde kabul etmedi. Bir iş ortağı aracılığıyla mevcut satın alımları olan bir müşteri, yeni bir satın alma için sözleşmeyi orada kabul edemez: yönetim merkezi müşteriye &quot;Microsoft Müşteri Sözleşmesi&apos;ni kabul ettiğinizi onaylamak için lütfen İş Ortağınıza başvurun.&quot; iletisini gösterir. İş ortağı, müşteri adına onay vermelidir.</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no purchases through your organization yet. If they already buy through another partner, the Microsoft 365 admin center will not let them accept the agreement for your new relationship either (it tells them to reach out to their partner), and the partner must attest on their behalf. Otherwise the customer can accept it in the admin center.</source>
        <translation>Bu müşterinin henüz kuruluşunuz aracılığıyla yapılmış bir satın alımı yok. Müşteri zaten başka bir iş ortağı aracılığıyla satın alıyorsa Microsoft 365 yönetim merkezi, yeni ilişkiniz için de sözleşmeyi kabul etmesine izin vermez (müşteriye iş ortağına başvurmasını söyler) ve iş ortağının müşteri adına onay vermesi gerekir. Aksi takdirde müşteri sözleşmeyi yönetim merkezinde kabul edebilir.</translation>
    </message>
    <message>
        <source>You prepare that hand-off file with Bulk attestation in the main window; it checks every row before you send it to your provider.</source>
        <translation>Bu devir dosyasını ana penceredeki Toplu onay ile hazırlayın; Toplu onay, dosyayı sağlayıcınıza göndermenizden önce her satırı denetler.</translation>
    </message>
    <message>
        <source>An Admin agent or a Sales agent can confirm the customer&apos;s acceptance.</source>
        <translation>Müşterinin kabulünü bir Yönetici aracısı veya Satış aracısı onaylayabilir.</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance.</source>
        <translation>Siparişlerin engelini kaldırmak için (İş Ortağı Merkezi siparişleri 13605 hatasıyla reddeder) müşterinin kabulünü Güncelleştir ile onaylayın.</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance, or Invite to accept to ask the customer to accept it in the Microsoft 365 admin center.</source>
        <translation>Siparişlerin engelini kaldırmak için (İş Ortağı Merkezi siparişleri 13605 hatasıyla reddeder) müşterinin kabulünü Güncelleştir ile onaylayın veya müşteriden sözleşmeyi Microsoft 365 yönetim merkezinde kabul etmesini istemek için Kabul için davet et&apos;i kullanın.</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has a confirmation with exactly this contact, so nothing new was recorded.</source>
        <translation>Zaten onaylandı: İş Ortağı Merkezi&apos;nde tam olarak bu kişiyle yapılmış bir onay var; bu nedenle yeni bir kayıt oluşturulmadı.</translation>
    </message>
    <message>
        <source>Saved: %1&apos;s acceptance on %2 is recorded.</source>
        <translation>Kaydedildi: %1 adlı kişinin %2 tarihli kabulü kayda geçti.</translation>
    </message>
    <message>
        <source>(The answer was lost on the way; PartnerDesk read the confirmations and found it recorded.)</source>
        <translation>(Yanıt yolda kayboldu; PartnerDesk onayları okudu ve onayın kaydedildiğini gördü.)</translation>
    </message>
    <message>
        <source>The customer could not be read. Use Retry.</source>
        <translation>Müşteri okunamadı. “Yeniden dene” düğmesini kullanın.</translation>
    </message>
    <message>
        <source>Confirm who at the customer accepted the Microsoft Customer Agreement, and when</source>
        <translation>Microsoft Müşteri Sözleşmesi&apos;ni müşteride kimin ve ne zaman kabul ettiğini onaylayın</translation>
    </message>
    <message>
        <source>Write an email inviting the customer to accept the agreement in the Microsoft 365 admin center</source>
        <translation>Müşteriyi, sözleşmeyi Microsoft 365 yönetim merkezinde kabul etmeye davet eden bir e-posta yazın</translation>
    </message>
    <message>
        <source>Open or download the agreement for the customer&apos;s country</source>
        <translation>Müşterinin ülkesine ait sözleşmeyi açın veya indirin</translation>
    </message>
    <message>
        <source>Place an order; the customer&apos;s acceptance is checked first</source>
        <translation>Sipariş verin; önce müşterinin kabulü denetlenir</translation>
    </message>
    <message>
        <source>Open or download the agreement; the customer&apos;s address names no country, so choose it there</source>
        <translation>Sözleşmeyi açın veya indirin; müşterinin adresinde ülke belirtilmemiş, bu nedenle ülkeyi orada seçin</translation>
    </message>
    <message>
        <source>&amp;Prepare a file for your provider…</source>
        <translation>Sağlayıcınız için dosya &amp;hazırla…</translation>
    </message>
    <message>
        <source>Bulk attestation checks every row of a CSV file and saves the rows that pass as a file for your indirect provider</source>
        <translation>Toplu onay, bir CSV dosyasının her satırını denetler ve denetimi geçen satırları dolaylı sağlayıcınız için bir dosya olarak kaydeder</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk (%1)</source>
        <translation>PartnerDesk&apos;ten gönderilen &amp;kanıtlar (%1)</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk</source>
        <translation>PartnerDesk&apos;ten gönderilen &amp;kanıtlar</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignIn</name>
    <message>
        <source>The sign-in service did not answer with a code and a page to enter it.</source>
        <translation>Oturum açma hizmeti, bir kod ve kodun girileceği bir sayfayla yanıt vermedi.</translation>
    </message>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>Oturum açma hizmeti belirteç içermeyen bir yanıt verdi.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignInDialog</name>
    <message>
        <source>The code is copied. Paste it on the sign-in page.</source>
        <translation>Kod kopyalandı. Kodu oturum açma sayfasına yapıştırın.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open %1 in a browser yourself.</source>
        <translation>Hiçbir tarayıcı açılamadı. %1 adresini kendiniz bir tarayıcıda açın.</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>İş Ortağı Merkezi&apos;nde oturum açın</translation>
    </message>
    <message>
        <source>Sign in with your work account — an Admin agent or Sales agent account of your partner organization — on Microsoft&apos;s sign-in page: open the page, enter the code below and complete the sign-in there, multi-factor authentication included. PartnerDesk waits here and continues by itself.</source>
        <translation>Microsoft&apos;un oturum açma sayfasında iş hesabınızla (iş ortağı kuruluşunuzun bir Yönetici aracısı veya Satış aracısı hesabıyla) oturum açın: sayfayı açın, aşağıdaki kodu girin ve oturum açma işlemini, çok faktörlü kimlik doğrulaması dahil, orada tamamlayın. PartnerDesk burada bekler ve kendiliğinden devam eder.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>Co&amp;py code</source>
        <translation>Kodu ko&amp;pyala</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Sayfa:</translation>
    </message>
    <message>
        <source>&amp;Open sign-in page</source>
        <translation>Sayfayı &amp;aç</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Oturum açma kodu</translation>
    </message>
    <message>
        <source>Sign-in service: %1 · Tenant: %2 · Application (client) ID: %3</source>
        <translation>Oturum açma hizmeti: %1 · Kiracı: %2 · Uygulama (istemci) kimliği: %3</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Microsoft&apos;tan oturum açma kodu isteniyor…</translation>
    </message>
    <message>
        <source>Set the application (client) ID registered for PartnerDesk in Settings (Connection), then sign in again.</source>
        <translation>PartnerDesk için kaydedilen uygulama (istemci) kimliğini Ayarlar&apos;da (Bağlantı) ayarlayın, ardından yeniden oturum açın.</translation>
    </message>
    <message>
        <source>No connection to the sign-in service right now. PartnerDesk keeps trying; the code stays valid until %1.</source>
        <translation>Şu anda oturum açma hizmetiyle bağlantı yok. PartnerDesk denemeye devam ediyor; kod, saat %1 olana kadar geçerli kalır.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in on the page… The code is valid until %1.</source>
        <translation>Sayfada oturum açmanız bekleniyor… Kod, saat %1 olana kadar geçerlidir.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Oturum açıldı.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DocumentDownload</name>
    <message>
        <source>Choose an existing folder for the download.</source>
        <translation>İndirme için var olan bir klasör seçin.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>%1 konumuna yazılamıyor: %2</translation>
    </message>
    <message>
        <source>The link has expired; PartnerDesk fetches a fresh one on the next try.</source>
        <translation>Bağlantının süresi doldu; PartnerDesk bir sonraki denemede yeni bir bağlantı alır.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kaydedilemiyor: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceExportDialog</name>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>Son gün, ilk günden önce olamaz.</translation>
    </message>
    <message>
        <source>There are no evidence records in this period; nothing was written.</source>
        <translation>Bu dönemde kanıt kaydı yok; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Kanıtları dışarı aktar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln kayıt %1 konumuna yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the evidence records of every customer confirmed from PartnerDesk on this computer in a period. The days are those of your time zone; both are included.</source>
        <translation>Bu bilgisayardaki PartnerDesk&apos;ten belirli bir dönemde onaylanan tüm müşterilerin kanıt kayıtlarını dışarı aktarın. Günler saat diliminize göredir; her iki gün de dahildir.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>İlk &amp;gün:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Son gün:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Biçim:</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>&amp;PDF raporu</translation>
    </message>
    <message>
        <source>&amp;JSON file</source>
        <translation>&amp;JSON dosyası</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>İlk gün</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışarı aktar…</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer.</source>
        <translation>Kanıt kayıtları kullanılamıyor: PartnerDesk bu bilgisayardaki kanıt dosyasını açamadı.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceReport</name>
    <message>
        <source>Evidence of Microsoft Customer Agreement confirmations</source>
        <translation>Microsoft Müşteri Sözleşmesi onaylarının kanıtı</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>İş ortağı</translation>
    </message>
    <message>
        <source>(no partner name in Settings)</source>
        <translation>(Ayarlar&apos;da iş ortağı adı yok)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>%1 (customer id %2)</source>
        <translation>%1 (müşteri kimliği %2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>%1 to %2, both included</source>
        <translation>%1 - %2, her iki gün de dahil</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Oluşturulma tarihi</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kayıt sayısı</translation>
    </message>
    <message>
        <source>Each row is one confirmation sent from PartnerDesk and the answer Partner Center gave. Times are UTC. The request and correlation ids identify the request to Microsoft support. Contact data is removed from records older than the retention period set in Settings.</source>
        <translation>Her satır, PartnerDesk&apos;ten gönderilen bir onayı ve İş Ortağı Merkezi&apos;nin verdiği yanıtı gösterir. Saatler UTC&apos;dir. İstek ve bağıntı kimlikleri, Microsoft desteğinin isteği tanımlamasını sağlar. Ayarlar&apos;da belirlenen saklama süresinden eski kayıtlardaki iletişim verileri kaldırılır.</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Kayıt zamanı (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gönderen</translation>
    </message>
    <message>
        <source>Contact and acceptance date</source>
        <translation>Kişi ve kabul tarihi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Customer, request, correlation and template ids</source>
        <translation>Müşteri, istek, bağıntı ve şablon kimlikleri</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>Kabul tarihi: %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>%1 dosyası yazılamadı: %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON dosyaları (*.json)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <source>Already confirmed (code %1)</source>
        <translation>Zaten onaylı (kod %1)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1, code %2)</source>
        <translation>Başarısız (HTTP %1, kod %2)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>Başarısız (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed (code %1)</source>
        <translation>Başarısız (kod %1)</translation>
    </message>
    <message>
        <source>Failed (no answer from the service)</source>
        <translation>Başarısız (hizmet yanıt vermedi)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>PartnerDesk window</source>
        <translation>PartnerDesk penceresi</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>Toplu onay</translation>
    </message>
    <message>
        <source>Bulk attestation (command line)</source>
        <translation>Toplu onay (komut satırı)</translation>
    </message>
    <message>
        <source>Removed after the retention period</source>
        <translation>Saklama süresinden sonra kaldırıldı</translation>
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
        <translation>İletişim verileri, Ayarlar&apos;da belirlenen saklama süresinin ardından %1 (UTC) tarihinde kaldırıldı.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Kabul tarihi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>İstek kimliği</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Bağıntı kimliği</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationComposer</name>
    <message>
        <source>Rewrite the message?</source>
        <translation>İleti yeniden yazılsın mı?</translation>
    </message>
    <message>
        <source>The message is written again from the template, and your changes to it are replaced.</source>
        <translation>İleti şablondan yeniden yazılır ve iletideki değişiklikleriniz kaybolur.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>müşteri</translation>
    </message>
    <message>
        <source>Request a reseller relationship</source>
        <translation>Satıcı ilişkisi iste</translation>
    </message>
    <message>
        <source>Invite to accept the Microsoft Customer Agreement</source>
        <translation>Microsoft Müşteri Sözleşmesi&apos;ni kabul etmeye davet et</translation>
    </message>
    <message>
        <source>Invite %1 to accept you as their reseller. Partner Center provides the link: a global administrator of the customer opens it, signs in to the Microsoft 365 admin center and accepts the relationship and, if not done yet, the Microsoft Customer Agreement.</source>
        <translation>Bu e-postayla %1, sizi satıcısı olarak kabul etmeye davet edilir. Bağlantıyı İş Ortağı Merkezi sağlar: müşterinin bir genel yöneticisi bağlantıyı açar, Microsoft 365 yönetim merkezinde oturum açar ve ilişkiyi ve henüz kabul edilmediyse Microsoft Müşteri Sözleşmesi&apos;ni kabul eder.</translation>
    </message>
    <message>
        <source>Invite %1 to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. A global administrator of the customer signs in at the link in the email and accepts the agreement there.</source>
        <translation>Bu e-postayla %1, Microsoft Müşteri Sözleşmesi&apos;ni Microsoft 365 yönetim merkezinde kabul etmeye davet edilir. Müşterinin bir genel yöneticisi e-postadaki bağlantıdan oturum açar ve sözleşmeyi orada kabul eder.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Kime:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Ko&amp;nu:</translation>
    </message>
    <message>
        <source>&amp;Message (preview while you edit the template):</source>
        <translation>İ&amp;leti (şablonu düzenlerken önizleme):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>İ&amp;leti:</translation>
    </message>
    <message>
        <source>Tem&amp;plate (with placeholders):</source>
        <translation>Şa&amp;blon (yer tutucularla):</translation>
    </message>
    <message>
        <source>Placeholders: {{link}} the invitation link · {{partner}} your company · {{customer}} the customer · {{userName}} and {{password}} the sign-in details, used only between {{#credentials}} and {{/credentials}}. A first line “Subject: …” becomes the subject.</source>
        <translation>Yer tutucular: {{link}} davet bağlantısı · {{partner}} şirketiniz · {{customer}} müşteri · {{userName}} ve {{password}} oturum açma bilgileri; yalnızca {{#credentials}} ile {{/credentials}} arasında kullanılır. “Subject: …” ile başlayan ilk satır konu olur.</translation>
    </message>
    <message>
        <source>Language of the email</source>
        <translation>E-postanın dili</translation>
    </message>
    <message>
        <source>The language of the template. It starts with the customer&apos;s language.</source>
        <translation>Şablonun dili. Başlangıçta müşterinin dilidir.</translation>
    </message>
    <message>
        <source>Recipient&apos;s email address</source>
        <translation>Alıcının e-posta adresi</translation>
    </message>
    <message>
        <source>admin@customer.example</source>
        <translation>admin@customer.example</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
    <message>
        <source>Template with placeholders</source>
        <translation>Yer tutuculu şablon</translation>
    </message>
    <message>
        <source>Fetching the relationship link</source>
        <translation>İlişki bağlantısı alınıyor</translation>
    </message>
    <message>
        <source>Asking Partner Center for the relationship link…</source>
        <translation>İş Ortağı Merkezi&apos;nden ilişki bağlantısı isteniyor…</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>İp&amp;tal</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>Yeniden d&amp;ene</translation>
    </message>
    <message>
        <source>&amp;Include the customer&apos;s sign-in details (user name and password)</source>
        <translation>&amp;Müşterinin oturum açma bilgilerini ekle (kullanıcı adı ve parola)</translation>
    </message>
    <message>
        <source>&amp;Hide template</source>
        <translation>Şablonu &amp;gizle</translation>
    </message>
    <message>
        <source>&amp;Edit template</source>
        <translation>Şablonu dü&amp;zenle</translation>
    </message>
    <message>
        <source>Change the template this email is written from, and keep it for this language.</source>
        <translation>Bu e-postanın yazıldığı şablonu değiştirin ve bu dil için saklayın.</translation>
    </message>
    <message>
        <source>Sa&amp;ve as my template</source>
        <translation>Şablonum olarak ka&amp;ydet</translation>
    </message>
    <message>
        <source>PartnerDesk uses this template for every invitation in this language.</source>
        <translation>PartnerDesk bu dildeki her davet için bu şablonu kullanır.</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>&amp;Varsayılana sıfırla</translation>
    </message>
    <message>
        <source>Go back to the template that comes with PartnerDesk.</source>
        <translation>PartnerDesk ile gelen şablona geri dönün.</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Panoya kopyala</translation>
    </message>
    <message>
        <source>Copies the subject and the message as plain text.</source>
        <translation>Konuyu ve iletiyi düz metin olarak kopyalar.</translation>
    </message>
    <message>
        <source>&amp;Open in email</source>
        <translation>E-postada &amp;aç</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Your company&apos;s name is not set, so the email says “%1”. Set it under Settings → Partner name, or replace it in the message.</source>
        <translation>Şirketinizin adı ayarlanmadığı için e-postada “%1” yazıyor. Adı Ayarlar → İş ortağı adı bölümünde ayarlayın veya iletide değiştirin.</translation>
    </message>
    <message>
        <source>Replace your changes?</source>
        <translation>Değişikliklerinizin üzerine yazılsın mı?</translation>
    </message>
    <message>
        <source>The message is written again from the template in %1, and your changes to it are replaced.</source>
        <translation>İleti, %1 dilindeki şablondan yeniden yazılır ve iletideki değişiklikleriniz kaybolur.</translation>
    </message>
    <message>
        <source>The relationship link did not arrive: %1</source>
        <translation>İlişki bağlantısı gelmedi: %1</translation>
    </message>
    <message>
        <source>Waiting for the relationship link from Partner Center.</source>
        <translation>İş Ortağı Merkezi&apos;nden ilişki bağlantısı bekleniyor.</translation>
    </message>
    <message>
        <source>The relationship link is missing. Use “Try again” to ask Partner Center once more.</source>
        <translation>İlişki bağlantısı eksik. İş Ortağı Merkezi&apos;ne yeniden sormak için “Yeniden dene” düğmesini kullanın.</translation>
    </message>
    <message>
        <source>Opens a new email with this subject and message in your mail program.</source>
        <translation>E-posta programınızda bu konu ve iletiyle yeni bir e-posta açar.</translation>
    </message>
    <message>
        <source>Your own template for %1 is used.</source>
        <translation>%1 için kendi şablonunuz kullanılıyor.</translation>
    </message>
    <message>
        <source>PartnerDesk has no template in %1 yet, so the English one is shown. Edit it and save it as your template for %1.</source>
        <translation>PartnerDesk&apos;te %1 için henüz şablon yok; bu nedenle İngilizce şablon gösteriliyor. Şablonu düzenleyin ve %1 için şablonunuz olarak kaydedin.</translation>
    </message>
    <message>
        <source>This email contains the customer&apos;s password. Send it only to the customer&apos;s administrator, and ask them to change the password when they first sign in.</source>
        <translation>Bu e-posta müşterinin parolasını içeriyor. E-postayı yalnızca müşterinin yöneticisine gönderin ve ilk oturum açışta parolayı değiştirmesini isteyin.</translation>
    </message>
    <message>
        <source>Edit the template?</source>
        <translation>Şablon düzenlensin mi?</translation>
    </message>
    <message>
        <source>While you edit the template, the message is written from it, and your changes to the message are replaced.</source>
        <translation>Siz şablonu düzenlerken ileti şablondan yazılır ve iletideki değişiklikleriniz kaybolur.</translation>
    </message>
    <message>
        <source>Saved. PartnerDesk now writes invitations in %1 from this template.</source>
        <translation>Kaydedildi. PartnerDesk, %1 için davetleri artık bu şablondan yazar.</translation>
    </message>
    <message>
        <source>Reset the template?</source>
        <translation>Şablon sıfırlansın mı?</translation>
    </message>
    <message>
        <source>Your template for %1 is forgotten and PartnerDesk&apos;s own is used again.</source>
        <translation>%1 için şablonunuz unutulur ve yeniden PartnerDesk&apos;in şablonu kullanılır.</translation>
    </message>
    <message>
        <source>PartnerDesk&apos;s template for %1 is used again.</source>
        <translation>%1 için yeniden PartnerDesk&apos;in şablonu kullanılıyor.</translation>
    </message>
    <message>
        <source>The subject and the message are on the clipboard. Paste them into an email.</source>
        <translation>Konu ve ileti panoda. Bunları bir e-postaya yapıştırın.</translation>
    </message>
    <message>
        <source>This address cannot be put into an email link: it holds characters such as “&amp;”, “?”, “,” or “;”. Enter one plain address.</source>
        <translation>Bu adres bir e-posta bağlantısına eklenemez: “&amp;”, “?”, “,” veya “;” gibi karakterler içeriyor. Tek bir düz adres girin.</translation>
    </message>
    <message>
        <source>No mail program opened the email. Use “Copy to clipboard” and paste the text into your email instead.</source>
        <translation>E-postayı hiçbir e-posta programı açmadı. Bunun yerine “Panoya kopyala” düğmesini kullanın ve metni e-postanıza yapıştırın.</translation>
    </message>
    <message>
        <source>The email is open in your mail program. Check it there and send it.</source>
        <translation>E-posta, e-posta programınızda açık. Orada denetleyip gönderin.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationDraft</name>
    <message>
        <source>[your company name]</source>
        <translation>[şirketinizin adı]</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::LocaleText</name>
    <message>
        <source>%1%</source>
        <comment>percentage; put the percent sign where your language does, with a space if it needs one</comment>
        <translation>%%1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::MainWindow</name>
    <message>
        <source>PartnerDesk — Sandbox</source>
        <translation>PartnerDesk — Korumalı alan</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Eylemler</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Yeni müşteri</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>Müşteriyi &amp;aç</translation>
    </message>
    <message>
        <source>New &amp;order</source>
        <translation>Yeni &amp;sipariş</translation>
    </message>
    <message>
        <source>Request a &amp;reseller relationship</source>
        <translation>Sa&amp;tıcı ilişkisi iste</translation>
    </message>
    <message>
        <source>Agreement &amp;template</source>
        <translation>Sözleşme şa&amp;blonu</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Yenil&amp;e</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Aya&amp;rlar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Bul</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>Search company or domain (Ctrl+F)</source>
        <translation>Şirket veya etki alanı ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Müşterilerde ara</translation>
    </message>
    <message>
        <source>Filter by MCA status</source>
        <translation>MCA durumuna göre filtrele</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>Connected to: Sandbox</source>
        <translation>Bağlantı: Korumalı alan</translation>
    </message>
    <message>
        <source>Connected to: Partner Center</source>
        <translation>Bağlantı: İş Ortağı Merkezi</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2, %3)</source>
        <translation>Oturum açan: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Oturum açılmadı</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Önce bir müşteri seçin.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n müşteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%n müşteriden %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(yükleniyor…)</translation>
    </message>
    <message>
        <source>Co&amp;verage dashboard…</source>
        <translation>Kapsa&amp;m panosu…</translation>
    </message>
    <message>
        <source>E&amp;xport evidence…</source>
        <translation>Kanıt&amp;ları dışarı aktar…</translation>
    </message>
    <message>
        <source>&amp;Bulk attestation…</source>
        <translation>Toplu o&amp;nay…</translation>
    </message>
    <message>
        <source>Confirm many customers at once from a CSV file, checked row by row first</source>
        <translation>Bir CSV dosyasındaki birçok müşteriyi tek seferde onaylayın; dosya önce satır satır denetlenir</translation>
    </message>
    <message>
        <source>Check a CSV file row by row and save it for the partner who confirms</source>
        <translation>Bir CSV dosyasını satır satır denetleyin ve onaylayacak iş ortağı için kaydedin</translation>
    </message>
    <message>
        <source>Save the evidence records of a period as a PDF report or a JSON file</source>
        <translation>Bir dönemin kanıt kayıtlarını PDF raporu veya JSON dosyası olarak kaydedin</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file</source>
        <translation>Kanıt kayıtları kullanılamıyor: PartnerDesk kanıt dosyasını açamadı</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Müşteriler</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Raporlar</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Hesap</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Kullanıcı &amp;değiştir…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Oturum aç…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Oturumu ka&amp;pat</translation>
    </message>
    <message>
        <source>%1
Tenant: %2</source>
        <translation>%1
Kiracı: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NewCustomerWizard</name>
    <message>
        <source>New customer</source>
        <translation>Yeni müşteri</translation>
    </message>
    <message>
        <source>&amp;Next: Microsoft agreement</source>
        <translation>İleri: &amp;Microsoft sözleşmesi</translation>
    </message>
    <message>
        <source>&amp;Next: Review</source>
        <translation>İ&amp;leri: Gözden geçir</translation>
    </message>
    <message>
        <source>Discard the new customer?</source>
        <translation>Yeni müşteriden vazgeçilsin mi?</translation>
    </message>
    <message>
        <source>The details you entered for the new customer will be lost.</source>
        <translation>Yeni müşteri için girdiğiniz bilgiler kaybolacak.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>İ&amp;leri &gt;</translation>
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
        <translation>Yeni sipariş</translation>
    </message>
    <message>
        <source>New order for %1</source>
        <translation>%1 için yeni sipariş</translation>
    </message>
    <message>
        <source>Before ordering, PartnerDesk checks that the customer accepted the Microsoft Customer Agreement. If nobody has confirmed it and the customer has not accepted it in the Microsoft 365 admin center, you are asked to confirm their acceptance first.</source>
        <translation>PartnerDesk, sipariş vermeden önce müşterinin Microsoft Müşteri Sözleşmesi&apos;ni kabul ettiğini denetler. Kimse onaylamadıysa ve müşteri sözleşmeyi Microsoft 365 yönetim merkezinde kabul etmediyse önce müşterinin kabulünü onaylamanız istenir.</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Teklif:</translation>
    </message>
    <message>
        <source>&amp;Quantity (licenses):</source>
        <translation>&amp;Miktar (lisans):</translation>
    </message>
    <message>
        <source>&amp;Billing cycle:</source>
        <translation>&amp;Faturalama döngüsü:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Aylık</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Yıllık</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Teklif</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Faturalama döngüsü</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>&amp;Sipariş ver</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>The order was not placed: the customer&apos;s acceptance of the Microsoft Customer Agreement is not confirmed.</source>
        <translation>Sipariş verilmedi: müşterinin Microsoft Müşteri Sözleşmesi&apos;ni kabul ettiği onaylanmadı.</translation>
    </message>
    <message>
        <source>The order was placed.</source>
        <translation>Sipariş verildi.</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s acceptance first.</source>
        <translation>Önce müşterinin kabulünü onaylayın.</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>Sipariş veriliyor…</translation>
    </message>
    <message>
        <source>Check the customer&apos;s acceptance and place the order (Enter)</source>
        <translation>Müşterinin kabulünü denetle ve siparişi ver (Enter)</translation>
    </message>
    <message>
        <source>Checking the customer&apos;s acceptance and placing the order…</source>
        <translation>Müşterinin kabulü denetleniyor ve sipariş veriliyor…</translation>
    </message>
    <message>
        <source>Waiting for the confirmation of the customer&apos;s acceptance…</source>
        <translation>Müşterinin kabul onayı bekleniyor…</translation>
    </message>
    <message>
        <source>Recording the confirmation, then placing the order…</source>
        <translation>Onay kaydediliyor, ardından sipariş verilecek…</translation>
    </message>
    <message>
        <source>Stop; nothing you chose is lost (Esc)</source>
        <translation>Durdur; seçtikleriniz kaybolmaz (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <source>The order was placed. Order number: %1</source>
        <translation>Sipariş verildi. Sipariş numarası: %1</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Sipariş verildi</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(belirtilmedi)</translation>
    </message>
    <message>
        <source>Canceled. If the order reached Partner Center before you canceled, it shows among the customer&apos;s subscriptions; check there before ordering again.</source>
        <translation>İptal edildi. Sipariş, siz iptal etmeden önce İş Ortağı Merkezi&apos;ne ulaştıysa müşterinin abonelikleri arasında görünür; yeniden sipariş vermeden önce orayı denetleyin.</translation>
    </message>
    <message>
        <source>The order was not placed. %1</source>
        <translation>Sipariş verilmedi. %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerCenterClient</name>
    <message>
        <source>The service address “%1” is not a valid URL.</source>
        <translation>“%1” hizmet adresi geçerli bir URL değil.</translation>
    </message>
    <message>
        <source>PartnerDesk refuses to send your sign-in over plain http to %1. Use an https:// address; plain http is allowed only for this computer (127.0.0.1).</source>
        <translation>PartnerDesk, oturum açma bilgilerinizi düz http üzerinden %1 adresine göndermeyi reddediyor. https:// ile başlayan bir adres kullanın; düz http yalnızca bu bilgisayar (127.0.0.1) için kullanılabilir.</translation>
    </message>
    <message>
        <source>The service address must start with https://.</source>
        <translation>Hizmet adresi https:// ile başlamalıdır.</translation>
    </message>
    <message>
        <source>The service sent a link to another address; PartnerDesk did not follow it.</source>
        <translation>Hizmet başka bir adrese yönlendiren bir bağlantı gönderdi; PartnerDesk bu bağlantıyı izlemedi.</translation>
    </message>
    <message>
        <source>The service sent the same page of customers again and again.</source>
        <translation>Hizmet aynı müşteri sayfasını tekrar tekrar gönderdi.</translation>
    </message>
    <message>
        <source>The service kept sending pages of customers past %L1, more than any partner has.</source>
        <translation>Hizmet, %L1 müşteriyi aşmasına rağmen müşteri sayfaları göndermeye devam etti; bu, hiçbir iş ortağının sahip olmadığı bir sayı.</translation>
    </message>
    <message>
        <source>The service named a next page that is not read with GET.</source>
        <translation>Hizmet, GET ile okunmayan bir sonraki sayfa bildirdi.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerConfirmationChannel</name>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>İş Ortağı Merkezi bir Microsoft Müşteri Sözleşmesi şablonu belirtmedi.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PdfReport</name>
    <message>
        <source>The report could not be laid out.</source>
        <translation>Raporun düzeni oluşturulamadı.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>%1 dosyası yazılamadı: %2</translation>
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
        <translation>Önce oturum açın.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can confirm customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>Müşterinin Microsoft Müşteri Sözleşmesi&apos;ni kabul ettiğini yalnızca bir Yönetici aracısı veya Satış aracısı onaylayabilir.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can do this.</source>
        <translation>Bunu yalnızca bir Yönetici aracısı veya Satış aracısı yapabilir.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can place orders.</source>
        <translation>Yalnızca bir Yönetici aracısı veya Satış aracısı sipariş verebilir.</translation>
    </message>
    <message>
        <source>Only an Admin agent, a Sales agent or a Global admin can invite customers.</source>
        <translation>Müşterileri yalnızca bir Yönetici aracısı, Satış aracısı veya Genel yönetici davet edebilir.</translation>
    </message>
    <message>
        <source>Your role can view customers and their agreement status, but not change them.</source>
        <translation>Rolünüzle müşterileri ve sözleşme durumlarını görüntüleyebilirsiniz ancak değiştiremezsiniz.</translation>
    </message>
    <message>
        <source>Indirect resellers cannot attest on behalf of their customers. Work with your indirect provider: prepare a confirmation file for them, or invite the customer to accept in the Microsoft 365 admin center.</source>
        <translation>Dolaylı satıcılar, müşterileri adına onaylayamaz. Dolaylı sağlayıcınızla birlikte çalışın: sağlayıcınız için bir onay dosyası hazırlayın veya müşteriyi sözleşmeyi Microsoft 365 yönetim merkezinde kabul etmeye davet edin.</translation>
    </message>
    <message>
        <source>Only indirect resellers hand confirmations to a provider; you can confirm directly.</source>
        <translation>Onayları sağlayıcıya yalnızca dolaylı satıcılar iletir; siz doğrudan onaylayabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ReviewPage</name>
    <message>
        <source>Creating the customer was canceled. If Partner Center had already received the request, the customer may exist anyway: check the customer list before you try again.</source>
        <translation>Müşteri oluşturma iptal edildi. İş Ortağı Merkezi isteği zaten aldıysa müşteri yine de oluşturulmuş olabilir: yeniden denemeden önce müşteri listesini denetleyin.</translation>
    </message>
    <message>
        <source>The customer was not created. %1</source>
        <translation>Müşteri oluşturulmadı. %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gözden geçir</translation>
    </message>
    <message>
        <source>Check the details. To change something, go back. Nothing is created until you select Create customer.</source>
        <translation>Bilgileri denetleyin. Bir şeyi değiştirmek için geri dönün. Müşteri oluştur&apos;u seçene kadar hiçbir şey oluşturulmaz.</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>Müşteri &amp;oluştur</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Fatura adresi</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Birincil kişi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft Müşteri Sözleşmesi</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Şirket adı:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Etki alanı adı:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Company phone:</source>
        <translation>Şirket telefonu:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad soyad:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>E-posta adresi:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Telefon numarası:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>Culture:</source>
        <translation>Kültür:</translation>
    </message>
    <message>
        <source>Acceptance:</source>
        <translation>Kabul:</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Kabul eden:</translation>
    </message>
    <message>
        <source>Acceptance date:</source>
        <translation>Kabul tarihi:</translation>
    </message>
    <message>
        <source>Cancel creating</source>
        <translation>Oluşturmayı iptal et</translation>
    </message>
    <message>
        <source>Stops waiting for Partner Center. Nothing you entered is lost.</source>
        <translation>İş Ortağı Merkezi&apos;ni beklemeyi durdurur. Girdiğiniz hiçbir bilgi kaybolmaz.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Belirtilmedi</translation>
    </message>
    <message>
        <source>You confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>Müşterinin Microsoft Müşteri Sözleşmesi&apos;ni kabul ettiğini siz onaylıyorsunuz.</translation>
    </message>
    <message>
        <source>The customer will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Until then, the customer cannot buy.</source>
        <translation>Müşteriden, Microsoft Müşteri Sözleşmesi&apos;ni Microsoft 365 yönetim merkezinde kabul etmesi istenecek. O zamana kadar müşteri satın alma yapamaz.</translation>
    </message>
    <message>
        <source>The customer is being created…</source>
        <translation>Müşteri oluşturuluyor…</translation>
    </message>
    <message>
        <source>Go back and correct this: %1</source>
        <translation>Geri dönüp şunu düzeltin: %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxAccounts</name>
    <message>
        <source>The sandbox runs on this computer (127.0.0.1) only.</source>
        <translation>Korumalı alan yalnızca bu bilgisayarda (127.0.0.1) çalışır.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxSignInDialog</name>
    <message>
        <source>Sign in to the sandbox</source>
        <translation>Korumalı alanda oturum açın</translation>
    </message>
    <message>
        <source>The sandbox imitates Partner Center on this computer. Choose who you are: each demo user has the role and partner type shown, and PartnerDesk enables what that role may do.</source>
        <translation>Korumalı alan, İş Ortağı Merkezi&apos;ni bu bilgisayarda taklit eder. Kim olduğunuzu seçin: her demo kullanıcının gösterilen bir rolü ve iş ortağı türü vardır ve PartnerDesk o rolün yapabileceği işlemleri etkinleştirir.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Oturum aç</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>Demo kullanıcılar</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Oturum açılıyor…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Session</name>
    <message>
        <source>Admin agent</source>
        <translation>Yönetici aracısı</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <translation>Satış aracısı</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <translation>Yardım masası aracısı</translation>
    </message>
    <message>
        <source>Global admin</source>
        <translation>Genel yönetici</translation>
    </message>
    <message>
        <source>Billing admin</source>
        <translation>Faturalama yöneticisi</translation>
    </message>
    <message>
        <source>Direct bill partner</source>
        <translation>Doğrudan fatura iş ortağı</translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation>Dolaylı sağlayıcı</translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation>Dolaylı satıcı</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Changes take effect when you choose OK or Apply.</source>
        <translation>Değişiklikler, Tamam&apos;ı veya Uygula&apos;yı seçtiğinizde geçerli olur.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Sistem dilini kullan</translation>
    </message>
    <message>
        <source>Language of PartnerDesk</source>
        <translation>PartnerDesk&apos;in dili</translation>
    </message>
    <message>
        <source>More languages arrive with PartnerDesk&apos;s translations.</source>
        <translation>PartnerDesk&apos;in çevirileriyle daha fazla dil gelecek.</translation>
    </message>
    <message>
        <source>Partner &amp;name:</source>
        <translation>İş ortağı &amp;adı:</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>İş ortağı adı</translation>
    </message>
    <message>
        <source>Your company&apos;s name, as customers know it</source>
        <translation>Şirketinizin müşterilerin bildiği adı</translation>
    </message>
    <message>
        <source>Signs the invitation emails. When it is empty, PartnerDesk uses the name from your sign-in, if there is one.</source>
        <translation>Davet e-postalarının altına imza olarak eklenir. Boş olduğunda PartnerDesk, varsa oturum açma bilgilerinizdeki adı kullanır.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Bağlantı:</translation>
    </message>
    <message>
        <source>Sandbox (on this computer, with demo customers)</source>
        <translation>Korumalı alan (bu bilgisayarda, demo müşterilerle)</translation>
    </message>
    <message>
        <source>Partner Center</source>
        <translation>İş Ortağı Merkezi</translation>
    </message>
    <message>
        <source>Used when the connection is Partner Center. The role and partner type below apply only when the sign-in does not name them.</source>
        <translation>Bağlantı İş Ortağı Merkezi olduğunda kullanılır. Aşağıdaki rol ve iş ortağı türü yalnızca oturum açma bilgileri bunları belirtmediğinde geçerlidir.</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>API adr&amp;esi:</translation>
    </message>
    <message>
        <source>Partner Center API address</source>
        <translation>İş Ortağı Merkezi API adresi</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>&amp;Yetkili:</translation>
    </message>
    <message>
        <source>Sign-in authority address</source>
        <translation>Oturum açma yetkilisinin adresi</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Kiracı:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Kiracı</translation>
    </message>
    <message>
        <source>“organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>“organizations” veya iş ortağı kiracınızın kimliği ya da etki alanı.</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>&amp;Uygulama (istemci) kimliği:</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Uygulama (istemci) kimliği</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Role when the sign-in names none</source>
        <translation>Oturum açma bilgileri rol belirtmediğinde kullanılan rol</translation>
    </message>
    <message>
        <source>Partner t&amp;ype:</source>
        <translation>İş ortağı &amp;türü:</translation>
    </message>
    <message>
        <source>Partner type when the sign-in names none</source>
        <translation>Oturum açma bilgileri iş ortağı türü belirtmediğinde kullanılan tür</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Korumalı alan</translation>
    </message>
    <message>
        <source>De&amp;mo customers:</source>
        <translation>De&amp;mo müşteriler:</translation>
    </message>
    <message>
        <source>Number of demo customers in a new sandbox</source>
        <translation>Yeni bir korumalı alandaki demo müşteri sayısı</translation>
    </message>
    <message>
        <source>Re&amp;set sandbox data…</source>
        <translation>Korumalı alan verilerini &amp;sıfırla…</translation>
    </message>
    <message>
        <source>Deletes everything in the sandbox and creates the demo customers again.</source>
        <translation>Korumalı alandaki her şeyi siler ve demo müşterileri yeniden oluşturur.</translation>
    </message>
    <message>
        <source>How many demo customers a new sandbox gets. Resetting the sandbox deletes its customers, confirmations and orders and creates new ones.</source>
        <translation>Yeni bir korumalı alanın kaç demo müşteriyle başlayacağı. Korumalı alanı sıfırlamak; müşterilerini, onaylarını ve siparişlerini siler ve yenilerini oluşturur.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <source>&amp;Keep contact data for:</source>
        <translation>İletişim &amp;verilerini sakla:</translation>
    </message>
    <message>
        <source>Days to keep contact data in evidence records</source>
        <translation>Kanıt kayıtlarında iletişim verilerinin saklanacağı gün sayısı</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Her zaman</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>After this many days, names, email addresses and phone numbers are removed from evidence records; the confirmations themselves are kept. The lowest setting, Always, keeps them.</source>
        <translation>Bu kadar gün sonra adlar, e-posta adresleri ve telefon numaraları kanıt kayıtlarından kaldırılır; onayların kendisi korunur. En düşük ayar olan Her zaman, bu verileri saklar.</translation>
    </message>
    <message>
        <source>Applying this change restarts the connection: PartnerDesk signs out and connects again.</source>
        <translation>Bu değişikliği uygulamak bağlantıyı yeniden başlatır: PartnerDesk oturumu kapatır ve yeniden bağlanır.</translation>
    </message>
    <message>
        <source>Signing in to Partner Center comes with a later version of PartnerDesk; until then use the sandbox to try it out.</source>
        <translation>İş Ortağı Merkezi&apos;nde oturum açma, PartnerDesk&apos;in sonraki bir sürümüyle gelecek; o zamana kadar denemek için korumalı alanı kullanın.</translation>
    </message>
    <message>
        <source>Enter an address such as https://api.partnercenter.microsoft.com.</source>
        <translation>https://api.partnercenter.microsoft.com gibi bir adres girin.</translation>
    </message>
    <message>
        <source>Enter “organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>“organizations” veya iş ortağı kiracınızın kimliğini ya da etki alanını girin.</translation>
    </message>
    <message>
        <source>A tenant is “organizations”, a tenant ID or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Kiracı; “organizations”, bir kiracı kimliği veya contoso.onmicrosoft.com gibi bir etki alanıdır.</translation>
    </message>
    <message>
        <source>An application (client) ID looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation>Uygulama (istemci) kimliği 00000000-0000-0000-0000-000000000000 biçimindedir.</translation>
    </message>
    <message>
        <source>Reset the sandbox?</source>
        <translation>Korumalı alan sıfırlansın mı?</translation>
    </message>
    <message numerus="yes">
        <source>This deletes every customer, confirmation and order in the sandbox and creates %n new demo customer(s). Partner Center is not affected.</source>
        <translation>
            <numerusform>Bu işlem korumalı alandaki her müşteriyi, onayı ve siparişi siler ve %n yeni demo müşteri oluşturur. İş Ortağı Merkezi etkilenmez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::StatusPresentation</name>
    <message>
        <source>Confirmed by partner</source>
        <translation>İş ortağınca onaylandı</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>Doğrudan kabul edildi</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Onaylanmadı</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Your organization confirmed that the customer accepted the Microsoft Customer Agreement.</source>
        <translation>Kuruluşunuz, müşterinin Microsoft Müşteri Sözleşmesi&apos;ni kabul ettiğini onayladı.</translation>
    </message>
    <message>
        <source>The customer accepted the Microsoft Customer Agreement in the Microsoft 365 admin center.</source>
        <translation>Müşteri, Microsoft Müşteri Sözleşmesi&apos;ni Microsoft 365 yönetim merkezinde kabul etti.</translation>
    </message>
    <message>
        <source>Neither a partner confirmation nor a direct acceptance exists. Orders for this customer are blocked.</source>
        <translation>Ne iş ortağı onayı ne de doğrudan kabul var. Bu müşterinin siparişleri engellendi.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Henüz denetlenmedi.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::TokenEndpoint</name>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>Oturum açma hizmeti belirteç içermeyen bir yanıt verdi.</translation>
    </message>
    <message>
        <source>Demo users sign in to the sandbox on this computer (127.0.0.1) only.</source>
        <translation>Demo kullanıcılar korumalı alanda yalnızca bu bilgisayarda (127.0.0.1) oturum açabilir.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Validation</name>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <source>Agreement acceptance date</source>
        <translation>Sözleşme kabul tarihi</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Şirket adı</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Etki alanı adı</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adres satırı 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adres satırı 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Eyalet veya il</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Ülke/bölge</translation>
    </message>
    <message>
        <source>Company phone number</source>
        <translation>Şirket telefon numarası</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kültür</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Bu alan gereklidir.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>En fazla %n karakter kullanın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the tabs, line breaks or other control characters.</source>
        <translation>Sekmeleri, satır sonlarını veya diğer denetim karakterlerini kaldırın.</translation>
    </message>
    <message>
        <source>Use only Latin letters (a–z) and digits (0–9).</source>
        <translation>Yalnızca Latin harfleri (a–z) ve rakamlar (0–9) kullanın.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that email addresses cannot use.</source>
        <translation>@ işaretinden önceki bölüm, e-posta adreslerinde kullanılamayan bir karakter içeriyor.</translation>
    </message>
    <message>
        <source>Names cannot contain digits or symbols such as @, &lt;, &gt; or #.</source>
        <translation>Adlar rakam veya @, &lt;, &gt; ya da # gibi simgeler içeremez.</translation>
    </message>
    <message>
        <source>Use a culture code such as en-US.</source>
        <translation>en-US gibi bir kültür kodu kullanın.</translation>
    </message>
    <message>
        <source>Use a language code such as en or fr.</source>
        <translation>en veya fr gibi bir dil kodu kullanın.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed here.</source>
        <translation>Burada izin verilmeyen karakterler var.</translation>
    </message>
    <message>
        <source>Enter a name with at least one letter.</source>
        <translation>En az bir harf içeren bir ad girin.</translation>
    </message>
    <message>
        <source>An email address needs an @ between the name and the domain, as in name@example.com.</source>
        <translation>E-posta adresinde, ad ile etki alanı arasında bir @ olmalıdır (ad@example.com gibi).</translation>
    </message>
    <message>
        <source>An email address can contain only one @.</source>
        <translation>E-posta adresinde yalnızca bir @ olabilir.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>E-posta adresi boşluk içeremez.</translation>
    </message>
    <message>
        <source>Enter the name before the @.</source>
        <translation>@ işaretinden önceki adı girin.</translation>
    </message>
    <message numerus="yes">
        <source>The part before the @ can have at most %n character(s).</source>
        <translation>
            <numerusform>@ işaretinden önceki bölüm en fazla %n karakter olabilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>An email address cannot have a dot right after the @ or at its start.</source>
        <translation>E-posta adresinin başında veya @ işaretinden hemen sonra nokta olamaz.</translation>
    </message>
    <message>
        <source>An email address cannot end with a dot or have a dot right before the @.</source>
        <translation>E-posta adresi noktayla bitemez ve @ işaretinden hemen önce nokta olamaz.</translation>
    </message>
    <message>
        <source>An email address cannot contain two dots in a row.</source>
        <translation>E-posta adresinde art arda iki nokta olamaz.</translation>
    </message>
    <message>
        <source>The domain after the @ is incomplete; it looks like example.com.</source>
        <translation>@ işaretinden sonraki etki alanı eksik; example.com gibi olmalıdır.</translation>
    </message>
    <message>
        <source>The domain after the @ is not a valid domain name.</source>
        <translation>@ işaretinden sonraki etki alanı geçerli bir etki alanı adı değil.</translation>
    </message>
    <message numerus="yes">
        <source>An email address can have at most %n character(s).</source>
        <translation>
            <numerusform>E-posta adresi en fazla %n karakter olabilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use only digits, spaces, dashes, dots, parentheses and a leading +.</source>
        <translation>Yalnızca rakam, boşluk, kısa çizgi, nokta, parantez ve başta bir + kullanın.</translation>
    </message>
    <message numerus="yes">
        <source>A phone number needs at least %n digit(s).</source>
        <translation>
            <numerusform>Telefon numarasında en az %n rakam olmalıdır.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A phone number can have at most %n digit(s).</source>
        <translation>
            <numerusform>Telefon numarasında en fazla %n rakam olabilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a phone number format of the customer&apos;s country.</source>
        <translation>Bu, müşterinin ülkesinde kullanılan bir telefon numarası biçimi değil.</translation>
    </message>
    <message>
        <source>Enter a real date in the form YYYY-MM-DD.</source>
        <translation>YYYY-MM-DD biçiminde geçerli bir tarih girin.</translation>
    </message>
    <message>
        <source>The acceptance date cannot be in the future. Partner Center counts days in UTC, so the latest date allowed now is %1.</source>
        <translation>Kabul tarihi gelecekte olamaz. İş Ortağı Merkezi günleri UTC&apos;ye göre saydığı için şu anda izin verilen en son tarih %1.</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement did not exist yet; use a date from %1 on.</source>
        <translation>Microsoft Müşteri Sözleşmesi o tarihte henüz yoktu; %1 veya sonrasına ait bir tarih kullanın.</translation>
    </message>
    <message>
        <source>This postal code does not have the format used in the customer&apos;s country.</source>
        <translation>Bu posta kodu, müşterinin ülkesinde kullanılan biçimde değil.</translation>
    </message>
    <message>
        <source>Choose a state or province from the list for this country.</source>
        <translation>Bu ülke için listeden bir eyalet veya il seçin.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>US veya DE gibi iki harfli bir ülke kodu kullanın.</translation>
    </message>
    <message>
        <source>The customer&apos;s country does not support this value; choose one from the list.</source>
        <translation>Müşterinin ülkesi bu değeri desteklemiyor; listeden bir değer seçin.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A Partner Center look-alike on 127.0.0.1 for tests and demos.</source>
        <translation>Testler ve demolar için 127.0.0.1 üzerinde çalışan bir İş Ortağı Merkezi benzeri.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation>127.0.0.1 üzerindeki bağlantı noktası (0 = herhangi bir boş bağlantı noktası).</translation>
    </message>
    <message>
        <source>SQLite file (default: a temporary file removed on exit).</source>
        <translation>SQLite dosyası (varsayılan: çıkışta silinen geçici bir dosya).</translation>
    </message>
    <message>
        <source>Customers to seed into a new database.</source>
        <translation>Yeni bir veritabanına eklenecek müşteri sayısı.</translation>
    </message>
    <message>
        <source>Seed of the generated data.</source>
        <translation>Oluşturulan verilerin çekirdek değeri.</translation>
    </message>
    <message>
        <source>Requests per minute before 429 (0 = no throttling).</source>
        <translation>429 döndürülmeden önce dakikada izin verilen istek sayısı (0 = kısıtlama yok).</translation>
    </message>
    <message>
        <source>Access token lifetime.</source>
        <translation>Erişim belirtecinin ömrü.</translation>
    </message>
    <message>
        <source>Start JSON bodies with a UTF-8 byte-order mark.</source>
        <translation>JSON gövdelerini UTF-8 bayt sırası işaretiyle başlat.</translation>
    </message>
    <message>
        <source>PartnerDesk: confirm and review customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>PartnerDesk: Microsoft Müşteri Sözleşmesi&apos;nin müşteri tarafından kabul edildiğini onaylayın ve gözden geçirin.</translation>
    </message>
    <message>
        <source>Use the sandbox whatever Settings say.</source>
        <translation>Ayarlar ne olursa olsun korumalı alanı kullan.</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Korumalı alan başlatılamadı: %1</translation>
    </message>
    <message>
        <source>Fail this share of /v1 requests, in percent per kind: 429, 500, 503, drop-before, drop-after, slow, malformed, or all (spread evenly); e.g. 429=5,drop-after=2 or all=20.</source>
        <translation>/v1 isteklerinin bu oranını türe göre yüzde olarak başarısız kıl: 429, 500, 503, drop-before, drop-after, slow, malformed veya all (eşit dağıtılır); ör. 429=5,drop-after=2 ya da all=20.</translation>
    </message>
    <message>
        <source>Seed of the fault decisions.</source>
        <translation>Hata kararlarının tohum değeri.</translation>
    </message>
    <message>
        <source>Retry-After of an injected 429.</source>
        <translation>Eklenen 429 yanıtının Retry-After değeri.</translation>
    </message>
    <message>
        <source>How long a slow answer is held back (past the client&apos;s timeout).</source>
        <translation>Yavaş bir yanıtın ne kadar bekletileceği (istemcinin zaman aşımını aşacak kadar).</translation>
    </message>
</context>
</TS>
