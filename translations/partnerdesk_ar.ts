<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>PartnerDesk::AccountInfoPage</name>
    <message>
        <source>Account info</source>
        <translation>معلومات الحساب</translation>
    </message>
    <message>
        <source>Enter the company&apos;s details and its primary contact.</source>
        <translation>أدخل تفاصيل الشركة وجهة الاتصال الأساسية لها.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>عنوان الفوترة</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>جهة الاتصال الأساسية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The customer&apos;s initial Microsoft 365 domain. Use Latin letters and digits; it cannot be changed after the customer is created.</source>
        <translation>مجال Microsoft 365 الأولي للعميل. استخدم أحرفاً لاتينية وأرقاماً؛ لا يمكن تغييره بعد إنشاء العميل.</translation>
    </message>
    <message>
        <source>Followed by %1. Availability is checked as you type.</source>
        <translation>يليه %1. يتم التحقق من التوفر أثناء الكتابة.</translation>
    </message>
    <message>
        <source>for example contoso</source>
        <translation>مثلاً contoso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>The language of Microsoft&apos;s messages to the customer.</source>
        <translation>لغة رسائل Microsoft إلى العميل.</translation>
    </message>
    <message>
        <source>How dates, numbers and currency are shown to the customer.</source>
        <translation>طريقة عرض التواريخ والأرقام والعملة للعميل.</translation>
    </message>
    <message>
        <source>The person Microsoft and you contact about this customer&apos;s account.</source>
        <translation>الشخص الذي تتواصل معه أنت وMicrosoft بشأن حساب هذا العميل.</translation>
    </message>
    <message>
        <source>Use the &amp;suggested address</source>
        <translation>استخدام العنوان ال&amp;مقترح</translation>
    </message>
    <message>
        <source>C&amp;ompany name</source>
        <translation>اسم ال&amp;شركة</translation>
    </message>
    <message>
        <source>&amp;Domain name</source>
        <translation>اسم الم&amp;جال</translation>
    </message>
    <message>
        <source>Co&amp;untry/region</source>
        <translation>ال&amp;بلد/المنطقة</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>سطر العنوان &amp;1</translation>
    </message>
    <message>
        <source>Address line &amp;2 (optional)</source>
        <translation>سطر العنوان &amp;2 (اختياري)</translation>
    </message>
    <message>
        <source>Ci&amp;ty (optional)</source>
        <translation>الم&amp;دينة (اختياري)</translation>
    </message>
    <message>
        <source>Ci&amp;ty</source>
        <translation>الم&amp;دينة</translation>
    </message>
    <message>
        <source>&amp;State or province (optional)</source>
        <translation>ال&amp;ولاية أو المقاطعة (اختياري)</translation>
    </message>
    <message>
        <source>&amp;State or province</source>
        <translation>ال&amp;ولاية أو المقاطعة</translation>
    </message>
    <message>
        <source>Postal &amp;code (optional)</source>
        <translation>ال&amp;رمز البريدي (اختياري)</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>ال&amp;رمز البريدي</translation>
    </message>
    <message>
        <source>Company p&amp;hone (optional)</source>
        <translation>&amp;هاتف الشركة (اختياري)</translation>
    </message>
    <message>
        <source>Company p&amp;hone</source>
        <translation>&amp;هاتف الشركة</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Cultu&amp;re</source>
        <translation>ال&amp;ثقافة</translation>
    </message>
    <message>
        <source>Reading Partner Center&apos;s address rules for %1…</source>
        <translation>جارٍ قراءة قواعد العناوين الخاصة بـ %1 من مركز الشركاء…</translation>
    </message>
    <message>
        <source>Partner Center has no address rules for %1, so only general checks apply here. Partner Center checks the address when the customer is created.</source>
        <translation>لا توجد في مركز الشركاء قواعد عناوين خاصة بـ %1، لذا تنطبق هنا الفحوصات العامة فقط. يتحقق مركز الشركاء من العنوان عند إنشاء العميل.</translation>
    </message>
    <message>
        <source>The address rules for %1 could not be read, so only general checks apply here. Partner Center checks the address when the customer is created. %2</source>
        <translation>تعذرت قراءة قواعد العناوين الخاصة بـ %1، لذا تنطبق هنا الفحوصات العامة فقط. يتحقق مركز الشركاء من العنوان عند إنشاء العميل. %2</translation>
    </message>
    <message>
        <source>Checking whether %1 is available…</source>
        <translation>جارٍ التحقق من توفر %1…</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 متوفر.</translation>
    </message>
    <message>
        <source>%1 is already taken. Choose another domain name.</source>
        <translation>%1 مستخدم بالفعل. اختر اسم مجال آخر.</translation>
    </message>
    <message>
        <source>Whether %1 is available could not be checked; Partner Center checks it when the customer is created. %2</source>
        <translation>تعذر التحقق من توفر %1؛ سيتحقق مركز الشركاء من ذلك عند إنشاء العميل. %2</translation>
    </message>
    <message>
        <source>Partner Center recognises this address.</source>
        <translation>يتعرف مركز الشركاء على هذا العنوان.</translation>
    </message>
    <message>
        <source>Partner Center suggests: %1</source>
        <translation>يقترح مركز الشركاء: %1</translation>
    </message>
    <message>
        <source>Partner Center could not verify this address. Check the street, city and postal code before you go on.</source>
        <translation>تعذر على مركز الشركاء التحقق من هذا العنوان. تحقق من الشارع والمدينة والرمز البريدي قبل المتابعة.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementHistoryModel</name>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>اتفاقية عملاء Microsoft</translation>
    </message>
    <message>
        <source>Microsoft Cloud Agreement</source>
        <translation>اتفاقية Microsoft السحابية</translation>
    </message>
    <message>
        <source>Template %1
%2</source>
        <translation>القالب %1
%2</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>تاريخ القبول</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاقية</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>قبلها</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementPage</name>
    <message>
        <source>Microsoft agreement</source>
        <translation>اتفاقية Microsoft</translation>
    </message>
    <message>
        <source>How does the customer accept the Microsoft Customer Agreement?</source>
        <translation>كيف يقبل العميل اتفاقية عملاء Microsoft؟</translation>
    </message>
    <message>
        <source>A customer can buy only after accepting the Microsoft Customer Agreement. Either confirm that the customer has already accepted it, or let the customer accept it in the Microsoft 365 admin center.</source>
        <translation>لا يمكن للعميل الشراء إلا بعد قبول اتفاقية عملاء Microsoft. إما أن تؤكد أن العميل قد قبلها بالفعل، أو تدع العميل يقبلها في مركز إدارة Microsoft 365.</translation>
    </message>
    <message>
        <source>&amp;Confirm the customer&apos;s acceptance now (partner attestation)</source>
        <translation>تأ&amp;كيد قبول العميل الآن (تصديق الشريك)</translation>
    </message>
    <message>
        <source>The customer &amp;has accepted the Microsoft Customer Agreement</source>
        <translation>&amp;قبل العميل اتفاقية عملاء Microsoft</translation>
    </message>
    <message>
        <source>The person who accepted the agreement, and when. Make sure these details are correct; if they are not, select Update and enter the details of the person who accepted it.</source>
        <translation>الشخص الذي قبل الاتفاقية وتاريخ القبول. تأكد من صحة هذه التفاصيل؛ وإن لم تكن صحيحة، فحدد «تحديث» وأدخل تفاصيل الشخص الذي قبلها.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>تح&amp;ديث</translation>
    </message>
    <message>
        <source>Enter a different person who accepted the agreement.</source>
        <translation>أدخل شخصاً آخر قبل الاتفاقية.</translation>
    </message>
    <message>
        <source>&amp;Reset to the primary contact</source>
        <translation>&amp;إعادة التعيين إلى جهة الاتصال الأساسية</translation>
    </message>
    <message>
        <source>The customer &amp;will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center</source>
        <translation>&amp;سيُطلب من العميل قبول اتفاقية عملاء Microsoft في مركز إدارة Microsoft 365</translation>
    </message>
    <message>
        <source>New customers cannot make a purchase until they accept the agreement. After the customer is created, PartnerDesk prepares the invitation email with the link to the Microsoft 365 admin center and the new customer&apos;s sign-in details.</source>
        <translation>لا يمكن للعملاء الجدد الشراء حتى يقبلوا الاتفاقية. بعد إنشاء العميل، يُعد PartnerDesk رسالة الدعوة مع ارتباط مركز إدارة Microsoft 365 وتفاصيل تسجيل الدخول للعميل الجديد.</translation>
    </message>
    <message>
        <source>View the agreement &amp;template…</source>
        <translation>عرض قا&amp;لب الاتفاقية…</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific: this opens the template for the customer&apos;s country.</source>
        <translation>اتفاقية عملاء Microsoft خاصة بكل بلد: يفتح هذا القالب الخاص ببلد العميل.</translation>
    </message>
    <message>
        <source>Tick the box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>حدد المربع لتأكيد أن العميل قد قبل اتفاقية عملاء Microsoft.</translation>
    </message>
    <message>
        <source>Tick this box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>حدد هذا المربع لتأكيد أن العميل قد قبل اتفاقية عملاء Microsoft.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateDialog</name>
    <message>
        <source>Microsoft Customer Agreement template</source>
        <translation>قالب اتفاقية عملاء Microsoft</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific. Choose the customer&apos;s country (it comes from the billing address) and a language offered there, then open the template or download it as a Word document.</source>
        <translation>اتفاقية عملاء Microsoft خاصة بكل بلد. اختر بلد العميل (مأخوذ من عنوان الفوترة) ولغة متاحة فيه، ثم افتح القالب أو نزّله كمستند Word.</translation>
    </message>
    <message>
        <source>&amp;Country/region:</source>
        <translation>ال&amp;بلد/المنطقة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Links to the template expire after five minutes, so PartnerDesk asks Partner Center for a new one each time you open or download it.</source>
        <translation>تنتهي صلاحية ارتباطات القالب بعد خمس دقائق، لذا يطلب PartnerDesk ارتباطاً جديداً من مركز الشركاء في كل مرة تفتحه فيها أو تنزّله.</translation>
    </message>
    <message>
        <source>Country or region of the agreement</source>
        <translation>بلد الاتفاقية أو منطقتها</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>لغة الاتفاقية</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;فتح في المستعرض</translation>
    </message>
    <message>
        <source>Opens the template in your web browser.</source>
        <translation>يفتح القالب في مستعرض الويب.</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;تنزيل…</translation>
    </message>
    <message>
        <source>Saves the template as a Word document in a file you choose.</source>
        <translation>يحفظ القالب كمستند Word في ملف تختاره.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Canceled: only English is listed. Choose the country again to load its languages.</source>
        <translation>تم الإلغاء: الإنجليزية فقط مدرجة. اختر البلد مرة أخرى لتحميل لغاته.</translation>
    </message>
    <message>
        <source>PartnerDesk could not load the languages offered in %1, so only English is listed. %2</source>
        <translation>تعذر على PartnerDesk تحميل اللغات المتاحة في %1، لذا الإنجليزية فقط مدرجة. %2</translation>
    </message>
    <message>
        <source>Loading the languages offered in %1…</source>
        <translation>جارٍ تحميل اللغات المتاحة في %1…</translation>
    </message>
    <message>
        <source>Asking Partner Center for a new link to the template…</source>
        <translation>جارٍ طلب ارتباط جديد للقالب من مركز الشركاء…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>جارٍ التنزيل…</translation>
    </message>
    <message>
        <source>Wait until the languages are loaded.</source>
        <translation>انتظر حتى يتم تحميل اللغات.</translation>
    </message>
    <message>
        <source>Wait for the current download, or cancel it.</source>
        <translation>انتظر انتهاء التنزيل الحالي، أو ألغِه.</translation>
    </message>
    <message>
        <source>Choose a country with a template first.</source>
        <translation>اختر أولاً بلداً له قالب.</translation>
    </message>
    <message>
        <source>No web browser opened the template. Use “Download” to save it instead.</source>
        <translation>لم يفتح أي مستعرض ويب القالب. استخدم «تنزيل» لحفظه بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>The template is open in your browser. Its link works for five minutes; PartnerDesk gets a new one the next time.</source>
        <translation>القالب مفتوح في المستعرض. يعمل ارتباطه لمدة خمس دقائق؛ وسيحصل PartnerDesk على ارتباط جديد في المرة القادمة.</translation>
    </message>
    <message>
        <source>Partner Center has no version in %1 and sent %2.</source>
        <translation>لا يتوفر في مركز الشركاء إصدار بلغة %1، لذا أرسل الإصدار بلغة %2.</translation>
    </message>
    <message>
        <source>Save the agreement template</source>
        <translation>حفظ قالب الاتفاقية</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>مستندات Word (*.docx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Nothing was downloaded.</source>
        <translation>لم يتم تنزيل أي شيء.</translation>
    </message>
    <message>
        <source>Downloading… %1 of %2</source>
        <translation>جارٍ التنزيل… %1 من %2</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>جارٍ التنزيل… %1</translation>
    </message>
    <message>
        <source>Saved “%1” (%2) in %3.</source>
        <translation>تم حفظ «%1» (%2) في %3.</translation>
    </message>
    <message>
        <source>The download was canceled; nothing was saved.</source>
        <translation>تم إلغاء التنزيل؛ لم يتم حفظ أي شيء.</translation>
    </message>
    <message>
        <source>The template was not saved. %1</source>
        <translation>لم يتم حفظ القالب. %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateSource</name>
    <message>
        <source>Partner Center sent a template link PartnerDesk will not open. %1</source>
        <translation>أرسل مركز الشركاء ارتباط قالب لن يفتحه PartnerDesk. %1</translation>
    </message>
    <message>
        <source>Partner Center lists no Microsoft Customer Agreement template.</source>
        <translation>لا يسرد مركز الشركاء أي قالب لاتفاقية عملاء Microsoft.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiCall</name>
    <message>
        <source>The answer was larger than %1 MB and was not read.</source>
        <translation>كانت الاستجابة أكبر من %1 ميغابايت ولم تتم قراءتها.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>الإجابة ليست كائن JSON.</translation>
    </message>
    <message>
        <source>The answer is cut short or is not JSON.</source>
        <translation>الإجابة مقطوعة أو ليست بتنسيق JSON.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiError</name>
    <message>
        <source>PartnerDesk cannot reach the service. Check the network connection and try again.</source>
        <translation>يتعذر على PartnerDesk الوصول إلى الخدمة. تحقق من اتصال الشبكة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>لم تستجب الخدمة في الوقت المحدد. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost, so PartnerDesk cannot tell whether it took effect. Check the current state before trying again.</source>
        <translation>تم إرسال الطلب، لكن استجابته فُقدت، لذا لا يمكن لـ PartnerDesk معرفة ما إذا كان قد نُفذ. تحقق من الحالة الحالية قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The service sent an answer PartnerDesk cannot read.</source>
        <translation>أرسلت الخدمة استجابة لا يستطيع PartnerDesk قراءتها.</translation>
    </message>
    <message>
        <source>The request was refused before it was sent.</source>
        <translation>تم رفض الطلب قبل إرساله.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again; what you have entered is kept.</source>
        <translation>انتهت صلاحية تسجيل دخولك. سجّل الدخول مرة أخرى؛ ما أدخلته محفوظ.</translation>
    </message>
    <message>
        <source>A partner confirmation with exactly this contact already exists for this customer, so nothing new was recorded.</source>
        <translation>يوجد بالفعل تأكيد من الشريك بجهة الاتصال هذه نفسها لهذا العميل، لذا لم يُسجَّل شيء جديد.</translation>
    </message>
    <message>
        <source>The customer has not accepted the Microsoft Customer Agreement yet: confirm their acceptance, or ask them to accept it in the Microsoft 365 admin center, before you place this order.</source>
        <translation>لم يقبل العميل اتفاقية عملاء Microsoft بعد: أكّد قبوله، أو اطلب منه قبولها في مركز إدارة Microsoft 365، قبل تقديم هذا الطلب.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center is limiting how fast requests may be sent. PartnerDesk will try again in %n second(s).</source>
        <translation>
            <numerusform>يحد مركز الشركاء من سرعة إرسال الطلبات. سيحاول PartnerDesk مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>يحد مركز الشركاء من سرعة إرسال الطلبات. سيحاول PartnerDesk مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>يحد مركز الشركاء من سرعة إرسال الطلبات. سيحاول PartnerDesk مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>يحد مركز الشركاء من سرعة إرسال الطلبات. سيحاول PartnerDesk مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>يحد مركز الشركاء من سرعة إرسال الطلبات. سيحاول PartnerDesk مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>يحد مركز الشركاء من سرعة إرسال الطلبات. سيحاول PartnerDesk مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center is limiting how fast requests may be sent. Try again shortly.</source>
        <translation>يحد مركز الشركاء من سرعة إرسال الطلبات. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Partner Center did not accept your sign-in. Sign in again.</source>
        <translation>لم يقبل مركز الشركاء تسجيل دخولك. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Partner Center refused this action for your account.</source>
        <translation>رفض مركز الشركاء هذا الإجراء لحسابك.</translation>
    </message>
    <message>
        <source>Partner Center could not find it.</source>
        <translation>تعذر على مركز الشركاء العثور عليه.</translation>
    </message>
    <message>
        <source>Partner Center had a problem of its own. Try again later.</source>
        <translation>حدثت مشكلة في مركز الشركاء نفسه. حاول مرة أخرى لاحقاً.</translation>
    </message>
    <message>
        <source>Partner Center refused the request.</source>
        <translation>رفض مركز الشركاء الطلب.</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>رسالة الخدمة: «%1»</translation>
    </message>
    <message>
        <source>(error %1, HTTP %2)</source>
        <translation>(الخطأ %1، HTTP %2)</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>(error %1)</source>
        <translation>(الخطأ %1)</translation>
    </message>
    <message>
        <source>Partner Center requires multi-factor authentication (MFA) for access by an app with a user since April 2026. Sign in again and complete the MFA prompt; if none appears, ask your administrator to require MFA for your account.</source>
        <translation>منذ أبريل 2026، يتطلب مركز الشركاء المصادقة متعددة العوامل (MFA) للوصول بواسطة تطبيق مع مستخدم. سجّل الدخول مرة أخرى وأكمل مطالبة المصادقة متعددة العوامل؛ وإذا لم تظهر أي مطالبة، فاطلب من المسؤول فرض المصادقة متعددة العوامل على حسابك.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again and enter the new code within the time shown.</source>
        <translation>انتهت صلاحية رمز تسجيل الدخول قبل استخدامه. ابدأ تسجيل الدخول مرة أخرى وأدخل الرمز الجديد خلال الوقت المعروض.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the sign-in page. Start it again if that was a mistake.</source>
        <translation>تم رفض تسجيل الدخول في صفحة تسجيل الدخول. ابدأه مرة أخرى إذا حدث ذلك عن طريق الخطأ.</translation>
    </message>
    <message>
        <source>The sign-in service does not know this code. Start the sign-in again.</source>
        <translation>لا تتعرف خدمة تسجيل الدخول على هذا الرمز. ابدأ تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (it expired or was revoked). Sign in again.</source>
        <translation>لم يعد تسجيل دخولك صالحاً (انتهت صلاحيته أو تم إبطاله). سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The sign-in service does not accept the application (client) ID set in Settings for this kind of sign-in. Check the ID with your administrator.</source>
        <translation>لا تقبل خدمة تسجيل الدخول معرّف التطبيق (العميل) المعيّن في الإعدادات لهذا النوع من تسجيل الدخول. تحقق من المعرّف مع المسؤول.</translation>
    </message>
    <message>
        <source>The sign-in service refused the request. Check the authority, tenant and application (client) ID in Settings.</source>
        <translation>رفضت خدمة تسجيل الدخول الطلب. تحقق من جهة المصادقة والمستأجر ومعرّف التطبيق (العميل) في الإعدادات.</translation>
    </message>
    <message>
        <source>The service answered with an error of its own, and reading the current state afterwards failed, so PartnerDesk cannot tell whether the request took effect. Check the current state before trying again.</source>
        <translation>أجابت الخدمة بخطأ من جهتها، ثم تعذّرت قراءة الحالة الحالية، لذا لا يستطيع PartnerDesk معرفة ما إذا كان الطلب قد نُفّذ. تحقّق من الحالة الحالية قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>PartnerDesk could not verify the service&apos;s certificate, so it sent nothing. Check the service address in Settings; a network that inspects encrypted traffic needs its certificate installed on this computer.</source>
        <translation>تعذّر على PartnerDesk التحقق من شهادة الخدمة، لذا لم يُرسل أي شيء. تحقّق من عنوان الخدمة في الإعدادات؛ وإذا كانت الشبكة تفحص حركة البيانات المشفّرة فيجب تثبيت شهادتها على هذا الكمبيوتر.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AppController</name>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>The new connection is used the next time PartnerDesk starts.</source>
        <translation>يُستخدم الاتصال الجديد في المرة التالية التي يبدأ فيها PartnerDesk.</translation>
    </message>
    <message>
        <source>Reset sandbox data</source>
        <translation>إعادة تعيين بيانات بيئة الاختبار</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only</source>
        <translation>تسجيل الدخول محفوظ لهذه الجلسة فقط</translation>
    </message>
    <message>
        <source>This computer has no secret store PartnerDesk can use (such as GNOME Keyring or KWallet), so your sign-in is kept in memory only: PartnerDesk asks you to sign in again the next time it starts. Nothing is written to a file.</source>
        <translation>لا يتوفر على هذا الكمبيوتر مخزن بيانات سرية يمكن لـ PartnerDesk استخدامه (مثل GNOME Keyring أو KWallet)، لذا يُحفظ تسجيل دخولك في الذاكرة فقط: سيطلب منك PartnerDesk تسجيل الدخول مرة أخرى عند تشغيله في المرة التالية. لا يُكتب أي شيء في ملف.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AttentionListModel</name>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>حالة MCA</translation>
    </message>
    <message>
        <source>Has purchases</source>
        <translation>لديه عمليات شراء</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>تعذرت القراءة</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>لم يتم التحقق</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestCommand</name>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>Check the file with --dry-run and hand it to your indirect provider, who runs it.</source>
        <translation>افحص الملف باستخدام --dry-run وسلّمه إلى الموفر غير المباشر، الذي يتولى تشغيله.</translation>
    </message>
    <message>
        <source>Checking %1 rows of %2 (dry run: nothing is sent).</source>
        <translation>جارٍ فحص %1 من الصفوف في %2 (تشغيل تجريبي: لن يُرسل شيء).</translation>
    </message>
    <message>
        <source>Confirming %1 rows of %2 (journal: %3).</source>
        <translation>جارٍ تأكيد %1 من الصفوف في %2 (سجل التشغيل: %3).</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 valid, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>الصفوف %1/%2: صالحة %3، مؤكدة مسبقاً %4، غير صالحة %5، فاشلة %6، متخطاة %7</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 confirmed, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>الصفوف %1/%2: مؤكدة %3، مؤكدة مسبقاً %4، غير صالحة %5، فاشلة %6، متخطاة %7</translation>
    </message>
    <message>
        <source>; about %1 left</source>
        <translation>؛ المتبقي نحو %1</translation>
    </message>
    <message numerus="yes">
        <source>; throttled %n time(s)</source>
        <translation>
            <numerusform>؛ تم التقييد %n مرة</numerusform>
            <numerusform>؛ تم التقييد مرة واحدة</numerusform>
            <numerusform>؛ تم التقييد مرتين</numerusform>
            <numerusform>؛ تم التقييد %n مرات</numerusform>
            <numerusform>؛ تم التقييد %n مرة</numerusform>
            <numerusform>؛ تم التقييد %n مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>توقف التشغيل: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Throttled (429)</source>
        <translation>مقيدة (429)</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>الثواني</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>سجل التشغيل</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationRunner</name>
    <message>
        <source>The same customer, contact and date as line %1: not sent twice.</source>
        <translation>العميل وجهة الاتصال والتاريخ نفسها الواردة في السطر %1: لا يُرسل مرتين.</translation>
    </message>
    <message>
        <source>No customer of yours has this ID.</source>
        <translation>لا يوجد لديك عميل بهذا المعرّف.</translation>
    </message>
    <message>
        <source>No customer of yours has the domain %1.</source>
        <translation>لا يوجد لديك عميل بالمجال %1.</translation>
    </message>
    <message>
        <source>The customer with this ID has the domain %1, not %2.</source>
        <translation>العميل الذي يحمل هذا المعرّف مجاله %1، وليس %2.</translation>
    </message>
    <message>
        <source>Confirmed: found recorded after an interrupted run, not sent again.</source>
        <translation>مؤكد: وُجد مسجلاً بعد تشغيل متقطع، ولم يُرسل مرة أخرى.</translation>
    </message>
    <message>
        <source>Line %1 confirms the same contact for this customer; Partner Center keeps one confirmation per contact.</source>
        <translation>يؤكد السطر %1 جهة الاتصال نفسها لهذا العميل؛ يحتفظ مركز الشركاء بتأكيد واحد لكل جهة اتصال.</translation>
    </message>
    <message>
        <source>Partner Center already has a confirmation with this contact (accepted on %1); nothing was sent.</source>
        <translation>يوجد في مركز الشركاء بالفعل تأكيد بجهة الاتصال هذه (تاريخ القبول %1)؛ لم يُرسل شيء.</translation>
    </message>
    <message>
        <source>Valid: would be confirmed.</source>
        <translation>صالح: سيتم تأكيده.</translation>
    </message>
    <message>
        <source>The journal could not be written (%1); nothing was sent.</source>
        <translation>تعذرت الكتابة في سجل التشغيل (%1)؛ لم يُرسل شيء.</translation>
    </message>
    <message>
        <source>Partner Center already had a confirmation with this contact (600061).</source>
        <translation>كان في مركز الشركاء بالفعل تأكيد بجهة الاتصال هذه (600061).</translation>
    </message>
    <message>
        <source>Confirmed: the answer was lost, and reading showed the confirmation recorded.</source>
        <translation>مؤكد: فُقدت الاستجابة، وأظهرت القراءة أن التأكيد مسجل.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>مؤكد.</translation>
    </message>
    <message>
        <source>Not sent: the run stopped because Partner Center could not be used (%1).</source>
        <translation>لم يُرسل: توقف التشغيل لتعذر استخدام مركز الشركاء (%1).</translation>
    </message>
    <message>
        <source>Canceled while being sent: the next run with the same journal reads the customer&apos;s confirmations before sending again.</source>
        <translation>أُلغي أثناء الإرسال: التشغيل التالي بسجل التشغيل نفسه يقرأ تأكيدات العميل قبل الإرسال مرة أخرى.</translation>
    </message>
    <message>
        <source>Not done: the run was canceled. Run the file again with the same journal to finish it.</source>
        <translation>لم يكتمل: تم إلغاء التشغيل. شغّل الملف مرة أخرى بسجل التشغيل نفسه لإنهائه.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationWindow</name>
    <message numerus="yes">
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>المتبقي نحو %Ln ثانية</numerusform>
            <numerusform>المتبقي نحو ثانية واحدة</numerusform>
            <numerusform>المتبقي نحو ثانيتين</numerusform>
            <numerusform>المتبقي نحو %Ln ثوانٍ</numerusform>
            <numerusform>المتبقي نحو %Ln ثانية</numerusform>
            <numerusform>المتبقي نحو %Ln ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>المتبقي نحو %Ln دقيقة</numerusform>
            <numerusform>المتبقي نحو دقيقة واحدة</numerusform>
            <numerusform>المتبقي نحو دقيقتين</numerusform>
            <numerusform>المتبقي نحو %Ln دقائق</numerusform>
            <numerusform>المتبقي نحو %Ln دقيقة</numerusform>
            <numerusform>المتبقي نحو %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translation>المتبقي نحو %1 س %2 د</translation>
    </message>
    <message>
        <source>%1 of %2 rows shown</source>
        <translation>الصفوف المعروضة: %1 من %2</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>التصديق المجمّع</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>استيرا&amp;د ملف…</translation>
    </message>
    <message>
        <source>Open a CSV file with one confirmation per row (Ctrl+O); you can also drop it here</source>
        <translation>فتح ملف CSV يحتوي على تأكيد واحد في كل صف (Ctrl+O)؛ يمكنك أيضاً إفلاته هنا</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>عر&amp;ض:</translation>
    </message>
    <message>
        <source>Which rows to show</source>
        <translation>الصفوف المراد عرضها</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>كل الصفوف</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>الصفوف التي بها مشكلات</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>صفوف الملف</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>A&amp;dvanced options</source>
        <translation>خيارا&amp;ت متقدمة</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>الطلبات المتوا&amp;زية:</translation>
    </message>
    <message>
        <source>How many requests are in flight at most</source>
        <translation>الحد الأقصى للطلبات الجارية في آن واحد</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>معد&amp;ل الطلبات في الدقيقة:</translation>
    </message>
    <message>
        <source>Partner Center allows about 500 requests a minute per tenant; the default leaves room for other tools</source>
        <translation>يسمح مركز الشركاء بنحو 500 طلب في الدقيقة لكل مستأجر؛ ويترك الإعداد الافتراضي مجالاً للأدوات الأخرى</translation>
    </message>
    <message>
        <source>Nothing new is sent while paused; requests already sent finish</source>
        <translation>لا يُرسل أي شيء جديد أثناء الإيقاف المؤقت؛ وتكتمل الطلبات المرسلة بالفعل</translation>
    </message>
    <message>
        <source>C&amp;ancel run</source>
        <translation>&amp;إلغاء التشغيل</translation>
    </message>
    <message>
        <source>Stops the run; rows not done stay in the journal and are sent when you continue or open the file again</source>
        <translation>يوقف التشغيل؛ تبقى الصفوف غير المكتملة في سجل التشغيل وتُرسل عند المتابعة أو عند فتح الملف مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>حفظ نتائج الصفو&amp;ف…</translation>
    </message>
    <message>
        <source>Every row of the file with its outcome, code and message, as CSV</source>
        <translation>كل صفوف الملف مع النتيجة والرمز والرسالة، بتنسيق CSV</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>إغلا&amp;ق</translation>
    </message>
    <message>
        <source>Bulk attestation is running</source>
        <translation>التصديق المجمّع قيد التشغيل</translation>
    </message>
    <message>
        <source>%1 of %2 rows are done. Cancel the run and close the window?</source>
        <translation>الصفوف المكتملة: %1 من %2. هل تريد إلغاء التشغيل وإغلاق النافذة؟</translation>
    </message>
    <message>
        <source>Rows not done stay in the journal: open the same file again to finish them; no row is sent twice. Choose No to keep the run going.</source>
        <translation>تبقى الصفوف غير المكتملة في سجل التشغيل: افتح الملف نفسه مرة أخرى لإكمالها؛ لن يُرسل أي صف مرتين. اختر «لا» لمواصلة التشغيل.</translation>
    </message>
    <message>
        <source>Open a bulk attestation file</source>
        <translation>فتح ملف تصديق مجمّع</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>لا يمكن استخدام ‎%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>An earlier run of this file already settled %Ln row(s). Confirming continues with the rest; no row is sent twice.</source>
        <translation>
            <numerusform>أنهى تشغيل سابق لهذا الملف معالجة %Ln صف بالفعل. يتابع التأكيد بقية الصفوف؛ لن يُرسل أي صف مرتين.</numerusform>
            <numerusform>أنهى تشغيل سابق لهذا الملف معالجة صف واحد بالفعل. يتابع التأكيد بقية الصفوف؛ لن يُرسل أي صف مرتين.</numerusform>
            <numerusform>أنهى تشغيل سابق لهذا الملف معالجة صفين بالفعل. يتابع التأكيد بقية الصفوف؛ لن يُرسل أي صف مرتين.</numerusform>
            <numerusform>أنهى تشغيل سابق لهذا الملف معالجة %Ln صفوف بالفعل. يتابع التأكيد بقية الصفوف؛ لن يُرسل أي صف مرتين.</numerusform>
            <numerusform>أنهى تشغيل سابق لهذا الملف معالجة %Ln صفاً بالفعل. يتابع التأكيد بقية الصفوف؛ لن يُرسل أي صف مرتين.</numerusform>
            <numerusform>أنهى تشغيل سابق لهذا الملف معالجة %Ln صف بالفعل. يتابع التأكيد بقية الصفوف؛ لن يُرسل أي صف مرتين.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln row(s) not done yet to Partner Center?</source>
        <translation>
            <numerusform>هل تريد إرسال %Ln صف غير مكتمل إلى مركز الشركاء؟</numerusform>
            <numerusform>هل تريد إرسال صف واحد غير مكتمل إلى مركز الشركاء؟</numerusform>
            <numerusform>هل تريد إرسال صفين غير مكتملين إلى مركز الشركاء؟</numerusform>
            <numerusform>هل تريد إرسال %Ln صفوف غير مكتملة إلى مركز الشركاء؟</numerusform>
            <numerusform>هل تريد إرسال %Ln صفاً غير مكتمل إلى مركز الشركاء؟</numerusform>
            <numerusform>هل تريد إرسال %Ln صف غير مكتمل إلى مركز الشركاء؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln confirmation(s) to Partner Center, for %1?</source>
        <translation>
            <numerusform>هل تريد إرسال %Ln تأكيد إلى مركز الشركاء تخص %1؟</numerusform>
            <numerusform>هل تريد إرسال تأكيد واحد إلى مركز الشركاء يخص %1؟</numerusform>
            <numerusform>هل تريد إرسال تأكيدين إلى مركز الشركاء يخصان %1؟</numerusform>
            <numerusform>هل تريد إرسال %Ln تأكيدات إلى مركز الشركاء تخص %1؟</numerusform>
            <numerusform>هل تريد إرسال %Ln تأكيداً إلى مركز الشركاء تخص %1؟</numerusform>
            <numerusform>هل تريد إرسال %Ln تأكيد إلى مركز الشركاء تخص %1؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln عميل</numerusform>
            <numerusform>عميل واحد</numerusform>
            <numerusform>عميلين</numerusform>
            <numerusform>%Ln عملاء</numerusform>
            <numerusform>%Ln عميلاً</numerusform>
            <numerusform>%Ln عميل</numerusform>
        </translation>
    </message>
    <message>
        <source>Each one records that the contact named in the row accepted the Microsoft Customer Agreement on the date given. Rows with problems are not sent.</source>
        <translation>يسجل كل تأكيد أن جهة الاتصال المذكورة في الصف قبلت اتفاقية عملاء Microsoft في التاريخ المحدد. لا تُرسل الصفوف التي بها مشكلات.</translation>
    </message>
    <message>
        <source>Confirm customers</source>
        <translation>تأكيد العملاء</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>الصفوف: %1 من %2</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>جارٍ الإيقاف: في انتظار الطلبات المرسلة بالفعل…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتاً</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>جارٍ تقدير الوقت المتبقي…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down (%Ln time(s)); PartnerDesk waits as it asks.</source>
        <translation>
            <numerusform>طلب مركز الشركاء إبطاء الإرسال (%Ln مرة)؛ ينتظر PartnerDesk حسب طلبه.</numerusform>
            <numerusform>طلب مركز الشركاء إبطاء الإرسال (مرة واحدة)؛ ينتظر PartnerDesk حسب طلبه.</numerusform>
            <numerusform>طلب مركز الشركاء إبطاء الإرسال (مرتين)؛ ينتظر PartnerDesk حسب طلبه.</numerusform>
            <numerusform>طلب مركز الشركاء إبطاء الإرسال (%Ln مرات)؛ ينتظر PartnerDesk حسب طلبه.</numerusform>
            <numerusform>طلب مركز الشركاء إبطاء الإرسال (%Ln مرة)؛ ينتظر PartnerDesk حسب طلبه.</numerusform>
            <numerusform>طلب مركز الشركاء إبطاء الإرسال (%Ln مرة)؛ ينتظر PartnerDesk حسب طلبه.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check stopped: %1</source>
        <translation>توقف الفحص: %1</translation>
    </message>
    <message>
        <source>No row can be sent. Correct the marked cells in the file and open it again.</source>
        <translation>لا يمكن إرسال أي صف. صحّح الخلايا المميزة في الملف وافتحه مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can go in the file you hand over.</source>
        <translation>
            <numerusform>اجتاز %Ln صف الفحص ويمكن تضمينها في الملف الذي تسلّمه.</numerusform>
            <numerusform>اجتاز صف واحد الفحص ويمكن تضمينه في الملف الذي تسلّمه.</numerusform>
            <numerusform>اجتاز صفان الفحص ويمكن تضمينهما في الملف الذي تسلّمه.</numerusform>
            <numerusform>اجتازت %Ln صفوف الفحص ويمكن تضمينها في الملف الذي تسلّمه.</numerusform>
            <numerusform>اجتاز %Ln صفاً الفحص ويمكن تضمينها في الملف الذي تسلّمه.</numerusform>
            <numerusform>اجتاز %Ln صف الفحص ويمكن تضمينها في الملف الذي تسلّمه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can be sent. Nothing has been sent yet.</source>
        <translation>
            <numerusform>اجتاز %Ln صف الفحص ويمكن إرسالها. لم يُرسل أي شيء بعد.</numerusform>
            <numerusform>اجتاز صف واحد الفحص ويمكن إرساله. لم يُرسل أي شيء بعد.</numerusform>
            <numerusform>اجتاز صفان الفحص ويمكن إرسالهما. لم يُرسل أي شيء بعد.</numerusform>
            <numerusform>اجتازت %Ln صفوف الفحص ويمكن إرسالها. لم يُرسل أي شيء بعد.</numerusform>
            <numerusform>اجتاز %Ln صفاً الفحص ويمكن إرسالها. لم يُرسل أي شيء بعد.</numerusform>
            <numerusform>اجتاز %Ln صف الفحص ويمكن إرسالها. لم يُرسل أي شيء بعد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems: they are marked in the table.</source>
        <translation>
            <numerusform>توجد مشكلات في %Ln صف: وهي مميزة في الجدول.</numerusform>
            <numerusform>توجد مشكلات في صف واحد: وهو مميز في الجدول.</numerusform>
            <numerusform>توجد مشكلات في صفين: وهما مميزان في الجدول.</numerusform>
            <numerusform>توجد مشكلات في %Ln صفوف: وهي مميزة في الجدول.</numerusform>
            <numerusform>توجد مشكلات في %Ln صفاً: وهي مميزة في الجدول.</numerusform>
            <numerusform>توجد مشكلات في %Ln صف: وهي مميزة في الجدول.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 confirmed, %2 already confirmed, %3 invalid, %4 failed, %5 skipped.</source>
        <translation>اكتمل: مؤكدة %1، مؤكدة مسبقاً %2، غير صالحة %3، فاشلة %4، متخطاة %5.</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>توقف التشغيل: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are not done; Continue sends them (nothing is sent twice).</source>
        <translation>
            <numerusform>لم يكتمل %Ln صف؛ يرسلها زر «إرسال الصفوف المتبقية» (لن يُرسل أي شيء مرتين).</numerusform>
            <numerusform>لم يكتمل صف واحد؛ يرسله زر «إرسال الصف المتبقي» (لن يُرسل أي شيء مرتين).</numerusform>
            <numerusform>لم يكتمل صفان؛ يرسلهما زر «إرسال الصفين المتبقيين» (لن يُرسل أي شيء مرتين).</numerusform>
            <numerusform>لم تكتمل %Ln صفوف؛ يرسلها زر «إرسال الصفوف المتبقية» (لن يُرسل أي شيء مرتين).</numerusform>
            <numerusform>لم يكتمل %Ln صفاً؛ يرسلها زر «إرسال الصفوف المتبقية» (لن يُرسل أي شيء مرتين).</numerusform>
            <numerusform>لم يكتمل %Ln صف؛ يرسلها زر «إرسال الصفوف المتبقية» (لن يُرسل أي شيء مرتين).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>حفظ النتائج</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The results of %Ln row(s) were saved to %1.</source>
        <translation>
            <numerusform>تم حفظ نتائج %Ln صف في ‎%1.</numerusform>
            <numerusform>تم حفظ نتائج صف واحد في ‎%1.</numerusform>
            <numerusform>تم حفظ نتائج صفين في ‎%1.</numerusform>
            <numerusform>تم حفظ نتائج %Ln صفوف في ‎%1.</numerusform>
            <numerusform>تم حفظ نتائج %Ln صفاً في ‎%1.</numerusform>
            <numerusform>تم حفظ نتائج %Ln صف في ‎%1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) that passed the check were saved to %1.</source>
        <translation>
            <numerusform>تم حفظ %Ln من الصفوف التي اجتازت الفحص في ‎%1.</numerusform>
            <numerusform>تم حفظ صف واحد اجتاز الفحص في ‎%1.</numerusform>
            <numerusform>تم حفظ صفين اجتازا الفحص في ‎%1.</numerusform>
            <numerusform>تم حفظ %Ln من الصفوف التي اجتازت الفحص في ‎%1.</numerusform>
            <numerusform>تم حفظ %Ln من الصفوف التي اجتازت الفحص في ‎%1.</numerusform>
            <numerusform>تم حفظ %Ln من الصفوف التي اجتازت الفحص في ‎%1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln row(s) are listed with their problems in %1.</source>
        <translation>
            <numerusform>الصفوف الأخرى (%Ln) مدرجة مع مشكلاتها في ‎%1.</numerusform>
            <numerusform>الصف الآخر مدرج مع مشكلاته في ‎%1.</numerusform>
            <numerusform>الصفان الآخران مدرجان مع مشكلاتهما في ‎%1.</numerusform>
            <numerusform>الصفوف الأخرى (%Ln) مدرجة مع مشكلاتها في ‎%1.</numerusform>
            <numerusform>الصفوف الأخرى (%Ln) مدرجة مع مشكلاتها في ‎%1.</numerusform>
            <numerusform>الصفوف الأخرى (%Ln) مدرجة مع مشكلاتها في ‎%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indirect resellers cannot confirm; your indirect provider runs this file with Bulk attestation or `partnerdesk-cli bulk attest`. Open the file here to check every row, then save the rows that passed as a file for your provider.</source>
        <translation>لا يمكن للموزعين غير المباشرين التأكيد؛ يشغّل الموفر غير المباشر هذا الملف باستخدام «التصديق المجمّع» أو `partnerdesk-cli bulk attest`. افتح الملف هنا لفحص كل صف، ثم احفظ الصفوف التي اجتازت الفحص كملف للموفر.</translation>
    </message>
    <message>
        <source>You can check a file here and save the rows that passed for an Admin agent or a Sales agent, who runs it.</source>
        <translation>يمكنك فحص ملف هنا وحفظ الصفوف التي اجتازت الفحص لوكيل المسؤول أو وكيل المبيعات، الذي يتولى تشغيله.</translation>
    </message>
    <message>
        <source>No file open. Open a CSV file (Ctrl+O) or drop one here. Its header row names the columns customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed (YYYY-MM-DD).</source>
        <translation>لا يوجد ملف مفتوح. افتح ملف CSV (Ctrl+O) أو أفلته هنا. يحدد صف الرؤوس فيه الأعمدة customerId (أو domain) و firstName و lastName و email و phoneNumber (اختياري) و dateAgreed (YYYY-MM-DD).</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>‏‎%1 ‏— %Ln صف</numerusform>
            <numerusform>‏‎%1 ‏— صف واحد</numerusform>
            <numerusform>‏‎%1 ‏— صفان</numerusform>
            <numerusform>‏‎%1 ‏— %Ln صفوف</numerusform>
            <numerusform>‏‎%1 ‏— %Ln صفاً</numerusform>
            <numerusform>‏‎%1 ‏— %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue with %Ln row(s)…</source>
        <translation>
            <numerusform>&amp;إرسال الصفوف المتبقية (%Ln)…</numerusform>
            <numerusform>&amp;إرسال الصف المتبقي…</numerusform>
            <numerusform>&amp;إرسال الصفين المتبقيين…</numerusform>
            <numerusform>&amp;إرسال الصفوف المتبقية (%Ln)…</numerusform>
            <numerusform>&amp;إرسال الصفوف المتبقية (%Ln)…</numerusform>
            <numerusform>&amp;إرسال الصفوف المتبقية (%Ln)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Confirm %Ln customer(s)…</source>
        <translation>
            <numerusform>تأكيد العملا&amp;ء (%Ln)…</numerusform>
            <numerusform>تأكيد العملا&amp;ء (%Ln)…</numerusform>
            <numerusform>تأكيد العملا&amp;ء (%Ln)…</numerusform>
            <numerusform>تأكيد العملا&amp;ء (%Ln)…</numerusform>
            <numerusform>تأكيد العملا&amp;ء (%Ln)…</numerusform>
            <numerusform>تأكيد العملا&amp;ء (%Ln)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;file for your provider…</source>
        <translation>إنشا&amp;ء ملف للموفر…</translation>
    </message>
    <message>
        <source>Save &amp;checked file…</source>
        <translation>إنشا&amp;ء الملف المفحوص…</translation>
    </message>
    <message>
        <source>The rows that passed the check, in the file&apos;s own columns; the other rows go with their problems to a second file beside it</source>
        <translation>الصفوف التي اجتازت الفحص، بأعمدة الملف نفسه؛ وتذهب الصفوف الأخرى مع مشكلاتها إلى ملف ثانٍ بجانبه</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>استئنا&amp;ف</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إيقا&amp;ف مؤقت</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>بلا حد</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkHandOffFile</name>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>تعذر حفظ الملف في ‎%1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkInputError</name>
    <message>
        <source>The file is empty: it needs a header row with customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed.</source>
        <translation>الملف فارغ: يجب أن يحتوي على صف رؤوس بالأعمدة customerId (أو domain) و firstName و lastName و email و phoneNumber (اختياري) و dateAgreed.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>يحتوي الملف على صف رؤوس ولكن لا يحتوي على صفوف بيانات.</translation>
    </message>
    <message>
        <source>customerId (or domain, when the customer ID is not known)</source>
        <translation>customerId (أو domain، إذا كان معرّف العميل غير معروف)</translation>
    </message>
    <message>
        <source>The header row lacks these columns: %1.</source>
        <translation>يفتقد صف الرؤوس هذه الأعمدة: %1.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header row.</source>
        <translation>يظهر العمود «%1» مرتين في صف الرؤوس.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal</name>
    <message>
        <source>no file identity</source>
        <translation>لا توجد هوية للملف</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal::Error</name>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>تعذر فتح سجل التشغيل %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another run. Wait for it to end, or choose another journal.</source>
        <translation>سجل التشغيل %1 قيد الاستخدام من قِبل تشغيل آخر. انتظر حتى ينتهي، أو اختر سجل تشغيل آخر.</translation>
    </message>
    <message>
        <source>The journal %1 belongs to a different file (or to an earlier version of this one). Use the file it was made for, or choose another journal.</source>
        <translation>سجل التشغيل %1 يخص ملفاً مختلفاً (أو إصداراً سابقاً من هذا الملف). استخدم الملف الذي أُنشئ له، أو اختر سجل تشغيل آخر.</translation>
    </message>
    <message>
        <source>The file %1 is not a PartnerDesk bulk journal, or it is damaged: %2</source>
        <translation>الملف %1 ليس سجل تشغيل مجمّعاً من PartnerDesk، أو أنه تالف: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkOutcome</name>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>Already confirmed</source>
        <translation>مؤكد مسبقاً</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تم التخطي</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkResultFile</name>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>تعذر حفظ النتائج في %1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowChecks</name>
    <message>
        <source>Give the customer&apos;s ID (or its domain, when the ID is not known).</source>
        <translation>أدخل معرّف العميل (أو مجاله، إذا كان المعرّف غير معروف).</translation>
    </message>
    <message>
        <source>A customer ID looks like 14876998-c0dc-46e6-9d0c-65a57a6c32ec (the customer&apos;s tenant ID).</source>
        <translation>يكون معرّف العميل بالشكل ‎14876998-c0dc-46e6-9d0c-65a57a6c32ec (معرّف المستأجر الخاص بالعميل).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowsModel</name>
    <message>
        <source>Customer ID %1, domain %2</source>
        <translation>معرّف العميل ‎%1، المجال %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>الرمز: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>معرّف الطلب: ‎%1</translation>
    </message>
    <message>
        <source>%1 (problem: %2)</source>
        <translation>%1 (المشكلة: %2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Customer ID or domain</source>
        <translation>معرّف العميل أو المجال</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
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
        <translation>سطر أوامر PartnerDesk: عمليات اتفاقية عملاء Microsoft.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default: table).</source>
        <translation>تنسيق الإخراج: table أو json أو csv (الافتراضي: table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Language of messages, such as tr or de (default: the system&apos;s).</source>
        <translation>لغة الرسائل، مثل tr أو de (الافتراضي: لغة النظام).</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>LOCALE</translation>
    </message>
    <message>
        <source>First name of the person who accepted.</source>
        <translation>الاسم الأول للشخص الذي قبل الاتفاقية.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Last name of the person who accepted.</source>
        <translation>اسم العائلة للشخص الذي قبل الاتفاقية.</translation>
    </message>
    <message>
        <source>Email address of the person who accepted.</source>
        <translation>عنوان البريد الإلكتروني للشخص الذي قبل الاتفاقية.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Phone number of the person who accepted (optional).</source>
        <translation>رقم هاتف الشخص الذي قبل الاتفاقية (اختياري).</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>Agreement acceptance date, YYYY-MM-DD.</source>
        <translation>تاريخ قبول الاتفاقية، YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Check everything, send nothing.</source>
        <translation>فحص كل شيء، دون إرسال أي شيء.</translation>
    </message>
    <message>
        <source>Country/region, two letters (templates).</source>
        <translation>البلد/المنطقة، حرفان (القوالب).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Language of the template, such as de-DE.</source>
        <translation>لغة القالب، مثل de-DE.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Only customers whose company name starts with this.</source>
        <translation>العملاء الذين يبدأ اسم شركتهم بهذه القيمة فقط.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>Bulk: requests in flight at most (default: %1).</source>
        <translation>مجمّع: الحد الأقصى للطلبات الجارية في آن واحد (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bulk: requests a minute at most (default: %1).</source>
        <translation>مجمّع: الحد الأقصى للطلبات في الدقيقة (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>PER_MINUTE</source>
        <translation>PER_MINUTE</translation>
    </message>
    <message>
        <source>Bulk: the journal that makes a run resumable (default: beside the results).</source>
        <translation>مجمّع: سجل التشغيل الذي يتيح استئناف التشغيل (الافتراضي: بجانب النتائج).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Bulk: the result file (default: beside the input file).</source>
        <translation>مجمّع: ملف النتائج (الافتراضي: بجانب ملف الإدخال).</translation>
    </message>
    <message>
        <source>The command (see above).</source>
        <translation>الأمر (انظر أعلاه).</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS]</source>
        <translation>COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>حدد أمراً.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, json or csv.</source>
        <translation>تنسيق غير معروف «%1»: استخدم table أو json أو csv.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2.</source>
        <translation>يقبل --%1 عدداً صحيحاً من 1 إلى %2.</translation>
    </message>
    <message>
        <source>No token: set PARTNERDESK_TOKEN, or run `partnerdesk-cli signin`.</source>
        <translation>لا يوجد رمز مميز: عيّن PARTNERDESK_TOKEN، أو شغّل `partnerdesk-cli signin`.</translation>
    </message>
    <message>
        <source>Name the customer: the customer&apos;s tenant ID.</source>
        <translation>حدد العميل: معرّف المستأجر الخاص بالعميل.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>أمر غير معروف «%1».</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>معرّف القالب</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>نوع الاتفاقية</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الارتباط</translation>
    </message>
    <message>
        <source>Version rank</source>
        <translation>ترتيب الإصدار</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Confirmed by partner</source>
        <translation>مؤكد من الشريك</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>مقبول مباشرة</translation>
    </message>
    <message>
        <source>May buy</source>
        <translation>يمكنه الشراء</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>قبلها</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Valid: nothing was sent (dry run).</source>
        <translation>صالح: لم يُرسل شيء (تشغيل تجريبي).</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has this confirmation.</source>
        <translation>مؤكد مسبقاً: هذا التأكيد موجود في مركز الشركاء.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>مؤكد.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>استخدم رمز بلد من حرفين مثل US أو DE.</translation>
    </message>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>لم يحدد مركز الشركاء قالباً لاتفاقية عملاء Microsoft.</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>البلد/المنطقة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>معرّف العميل</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>جهة الاتصال الأساسية</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Request ID: %1, correlation ID: %2</source>
        <translation>معرّف الطلب: %1، معرّف الارتباط: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Partner Center address (default: start the embedded sandbox). The token comes from PARTNERDESK_TOKEN, else from `partnerdesk-cli signin`.</source>
        <translation>عنوان مركز الشركاء (الافتراضي: بدء بيئة الاختبار المضمّنة). يؤخذ الرمز المميز من PARTNERDESK_TOKEN، وإلا فمن `partnerdesk-cli signin`.</translation>
    </message>
    <message>
        <source>Sign-in service (default: https://login.microsoftonline.com; the sandbox&apos;s own address for a sandbox).</source>
        <translation>خدمة تسجيل الدخول (الافتراضي: https://login.microsoftonline.com؛ وعنوان بيئة الاختبار نفسها عند استخدام بيئة اختبار).</translation>
    </message>
    <message>
        <source>Your partner tenant: its ID or domain (default: organizations).</source>
        <translation>مستأجر الشريك الخاص بك: معرّفه أو مجاله (الافتراضي: organizations).</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>TENANT</translation>
    </message>
    <message>
        <source>The application (client) ID registered for PartnerDesk.</source>
        <translation>معرّف التطبيق (العميل) المسجل لـ PartnerDesk.</translation>
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
        <translation>الأوامر:
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
رموز الخروج: 0 نجاح (بما في ذلك «مؤكد مسبقاً»)، 2 إدخال غير صالح أو رفض قبل الإرسال،
3 ردت الخدمة بخطأ، 4 فشل في الشبكة،
5 بعض صفوف الملف المجمّع غير صالحة أو فشلت (وتمت معالجة الصفوف الأخرى).</translation>
    </message>
    <message>
        <source>Warning: the new sign-in could not be kept in the secret store (%1).</source>
        <translation>تحذير: تعذر حفظ تسجيل الدخول الجديد في مخزن البيانات السرية (%1).</translation>
    </message>
    <message>
        <source>Name the application (client) ID registered for PartnerDesk: --client-id ID.</source>
        <translation>حدد معرّف التطبيق (العميل) المسجل لـ PartnerDesk: --client-id ID.</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so a sign-in cannot be kept for later commands. Set PARTNERDESK_TOKEN for each run instead.</source>
        <translation>لا يتوفر على هذا النظام مخزن بيانات سرية يمكن لـ PartnerDesk استخدامه، لذا لا يمكن حفظ تسجيل الدخول للأوامر اللاحقة. عيّن PARTNERDESK_TOKEN لكل تشغيل بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2. Waiting until %3…</source>
        <translation>لتسجيل الدخول، افتح %1 في مستعرض وأدخل الرمز %2. جارٍ الانتظار حتى %3…</translation>
    </message>
    <message>
        <source>No connection to the sign-in service; still waiting.</source>
        <translation>لا يوجد اتصال بخدمة تسجيل الدخول؛ ولا يزال الانتظار جارياً.</translation>
    </message>
    <message>
        <source>The sign-in service gave no refresh token (the offline_access scope), so nothing can be kept.</source>
        <translation>لم تقدم خدمة تسجيل الدخول رمز تحديث مميزاً (النطاق offline_access)، لذا لا يمكن حفظ أي شيء.</translation>
    </message>
    <message>
        <source>The sign-in worked, but the secret store refused to keep it (%1). Set PARTNERDESK_TOKEN instead.</source>
        <translation>نجح تسجيل الدخول، لكن مخزن البيانات السرية رفض حفظه (%1). عيّن PARTNERDESK_TOKEN بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), tenant %3.</source>
        <translation>تم تسجيل الدخول باسم %1 (%2)، المستأجر %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use: there is no sign-in to remove.</source>
        <translation>لا يتوفر على هذا النظام مخزن بيانات سرية يمكن لـ PartnerDesk استخدامه: لا يوجد تسجيل دخول لإزالته.</translation>
    </message>
    <message>
        <source>Signed out: the kept sign-in is removed.</source>
        <translation>تم تسجيل الخروج: أُزيل تسجيل الدخول المحفوظ.</translation>
    </message>
    <message>
        <source>There was no kept sign-in to remove.</source>
        <translation>لم يكن هناك تسجيل دخول محفوظ لإزالته.</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so no sign-in was kept.</source>
        <translation>لا يتوفر على هذا النظام مخزن بيانات سرية يمكن لـ PartnerDesk استخدامه، لذا لم يُحفظ أي تسجيل دخول.</translation>
    </message>
    <message>
        <source>The secret store could not remove the sign-in (%1).</source>
        <translation>تعذر على مخزن البيانات السرية إزالة تسجيل الدخول (%1).</translation>
    </message>
    <message>
        <source>Run `partnerdesk-cli signin` again.</source>
        <translation>شغّل `partnerdesk-cli signin` مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmAgreementDialog</name>
    <message>
        <source>The customer&apos;s details could not be read, so nothing is filled in and the phone number is checked without the country&apos;s rules. %1</source>
        <translation>تعذرت قراءة تفاصيل العميل، لذا لم تتم تعبئة أي شيء ويتم التحقق من رقم الهاتف دون قواعد البلد. %1</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation, recorded for an acceptance on %1. If someone else accepted the agreement, enter that person instead.</source>
        <translation>تمت التعبئة من آخر تأكيد، المسجل لقبول بتاريخ %1. إذا كان شخص آخر قد قبل الاتفاقية، فأدخل ذلك الشخص بدلاً منه.</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation. If someone else accepted the agreement, enter that person instead.</source>
        <translation>تمت التعبئة من آخر تأكيد. إذا كان شخص آخر قد قبل الاتفاقية، فأدخل ذلك الشخص بدلاً منه.</translation>
    </message>
    <message>
        <source>Filled in from the primary contact of the billing profile. Make sure this is the person who accepted the agreement; if not, enter the right person.</source>
        <translation>تمت التعبئة من جهة الاتصال الأساسية في ملف تعريف الفوترة. تأكد من أن هذا هو الشخص الذي قبل الاتفاقية؛ وإلا فأدخل الشخص الصحيح.</translation>
    </message>
    <message>
        <source>The country&apos;s phone number format could not be read, so the phone number is checked without it.</source>
        <translation>تعذرت قراءة تنسيق أرقام الهاتف في البلد، لذا يتم التحقق من رقم الهاتف دونه.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — confirm customer acceptance</source>
        <translation>اتفاقية عملاء Microsoft — تأكيد قبول العميل</translation>
    </message>
    <message>
        <source>Confirm that the customer accepted the Microsoft Customer Agreement</source>
        <translation>تأكيد قبول العميل لاتفاقية عملاء Microsoft</translation>
    </message>
    <message>
        <source>Confirm that %1 accepted the Microsoft Customer Agreement</source>
        <translation>تأكيد قبول %1 لاتفاقية عملاء Microsoft</translation>
    </message>
    <message>
        <source>Enter the first name, last name, email address and phone number (optional) of the person who accepted the agreement, and the date they accepted it. The date cannot be in the future.</source>
        <translation>أدخل الاسم الأول واسم العائلة وعنوان البريد الإلكتروني ورقم الهاتف (اختياري) للشخص الذي قبل الاتفاقية، وتاريخ قبوله لها. لا يمكن أن يكون التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>Before this order can be placed, confirm that the customer accepted the Microsoft Customer Agreement: nobody has confirmed it yet, and the customer has not accepted it in the Microsoft 365 admin center. When you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>قبل تقديم هذا الطلب، أكّد أن العميل قبل اتفاقية عملاء Microsoft: لم يؤكد أحد ذلك بعد، ولم يقبلها العميل في مركز إدارة Microsoft 365. عند الحفظ، يسجل PartnerDesk التأكيد ثم يقدم الطلب.</translation>
    </message>
    <message>
        <source>Partner Center refused the order because it has no record that the customer accepted the Microsoft Customer Agreement (error 13605). Confirm their acceptance; when you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>رفض مركز الشركاء الطلب لعدم وجود سجل لديه يفيد بأن العميل قبل اتفاقية عملاء Microsoft (الخطأ 13605). أكّد قبول العميل؛ عند الحفظ، يسجل PartnerDesk التأكيد ثم يقدم الطلب.</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;حفظ ومتابعة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Saving the confirmation…</source>
        <translation>جارٍ حفظ التأكيد…</translation>
    </message>
    <message>
        <source>Record in Partner Center that the customer accepted the Microsoft Customer Agreement (Enter)</source>
        <translation>تسجيل قبول العميل لاتفاقية عملاء Microsoft في مركز الشركاء (Enter)</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s details…</source>
        <translation>جارٍ قراءة تفاصيل العميل…</translation>
    </message>
    <message>
        <source>Canceled. If the confirmation reached Partner Center before you canceled, saving again reports it as already confirmed.</source>
        <translation>تم الإلغاء. إذا وصل التأكيد إلى مركز الشركاء قبل الإلغاء، فسيُبلغ الحفظ مرة أخرى بأنه مؤكد مسبقاً.</translation>
    </message>
    <message>
        <source>Stop saving; what you entered stays (Esc)</source>
        <translation>إيقاف الحفظ؛ يبقى ما أدخلته (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>Partner Center compares the date with today in UTC, which can still be yesterday where you are.</source>
        <translation>يقارن مركز الشركاء التاريخ بتاريخ اليوم بالتوقيت العالمي المنسق (UTC)، والذي قد يكون لا يزال أمس في منطقتك.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmationPage</name>
    <message>
        <source>Confirmation</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <source>The customer has been created.</source>
        <translation>تم إنشاء العميل.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>Sign-in details of the customer&apos;s administrator</source>
        <translation>تفاصيل تسجيل الدخول لمسؤول العميل</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the user name</source>
        <translation>نسخ اسم المستخدم</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>ن&amp;سخ</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>نسخ كلمة المرور</translation>
    </message>
    <message>
        <source>This password is shown only this once. Copy it now and keep it somewhere safe: PartnerDesk does not store it and Partner Center cannot show it again. You will need to give these details to the customer.</source>
        <translation>تُعرض كلمة المرور هذه مرة واحدة فقط. انسخها الآن واحفظها في مكان آمن: لا يخزنها PartnerDesk ولا يمكن لمركز الشركاء عرضها مرة أخرى. ستحتاج إلى إعطاء هذه التفاصيل للعميل.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>اتفاقية عملاء Microsoft</translation>
    </message>
    <message>
        <source>&amp;Try confirming again</source>
        <translation>إعادة &amp;محاولة التأكيد</translation>
    </message>
    <message>
        <source>&amp;Open the customer&apos;s page</source>
        <translation>&amp;فتح صفحة العميل</translation>
    </message>
    <message>
        <source>&amp;Send invitation…</source>
        <translation>إ&amp;رسال دعوة…</translation>
    </message>
    <message>
        <source>Write the email that invites the customer to accept the Microsoft Customer Agreement in the Microsoft 365 admin center, with these sign-in details.</source>
        <translation>اكتب رسالة البريد الإلكتروني التي تدعو العميل إلى قبول اتفاقية عملاء Microsoft في مركز إدارة Microsoft 365، مع تفاصيل تسجيل الدخول هذه.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>تم النسخ إلى الحافظة.</translation>
    </message>
    <message>
        <source>%1 was created with the domain %2.</source>
        <translation>تم إنشاء %1 بالمجال %2.</translation>
    </message>
    <message>
        <source>Partner Center sent no sign-in details for this customer. Reset the administrator&apos;s password in the Microsoft 365 admin center.</source>
        <translation>لم يرسل مركز الشركاء تفاصيل تسجيل الدخول لهذا العميل. أعد تعيين كلمة مرور المسؤول في مركز إدارة Microsoft 365.</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>جارٍ تسجيل تأكيد القبول…</translation>
    </message>
    <message>
        <source>The customer cannot make a purchase until they accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Send them the invitation: it holds the link and the sign-in details above.</source>
        <translation>لا يمكن للعميل الشراء حتى يقبل اتفاقية عملاء Microsoft في مركز إدارة Microsoft 365. أرسل إليه الدعوة: فهي تتضمن الارتباط وتفاصيل تسجيل الدخول أعلاه.</translation>
    </message>
    <message>
        <source>The customer was created, but the confirmation of acceptance could not be recorded. %1 Try again now, or confirm it later from the customer&apos;s page (Account info, Microsoft Customer Agreement, Update); the customer is not created twice.</source>
        <translation>تم إنشاء العميل، ولكن تعذر تسجيل تأكيد القبول. %1 حاول مرة أخرى الآن، أو أكّده لاحقاً من صفحة العميل (معلومات الحساب، اتفاقية عملاء Microsoft، تحديث)؛ لن يُنشأ العميل مرتين.</translation>
    </message>
    <message>
        <source>This confirmation of acceptance was already recorded; nothing else is needed.</source>
        <translation>تم تسجيل تأكيد القبول هذا مسبقاً؛ لا حاجة لأي إجراء آخر.</translation>
    </message>
    <message>
        <source>Confirmed: %1 %2 accepted the Microsoft Customer Agreement on %3. The customer can make purchases.</source>
        <translation>تم التأكيد: قبل %1 %2 اتفاقية عملاء Microsoft في %3. يمكن للعميل إجراء عمليات شراء.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ContactForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;الاسم الأول</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>اسم ال&amp;عائلة</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Phone number (optional)</source>
        <translation>&amp;رقم الهاتف (اختياري)</translation>
    </message>
    <message>
        <source>Agreement &amp;acceptance date</source>
        <translation>تاريخ قب&amp;ول الاتفاقية</translation>
    </message>
    <message>
        <source>The date the customer accepted the agreement. It cannot be in the future.</source>
        <translation>تاريخ قبول العميل للاتفاقية. لا يمكن أن يكون في المستقبل.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CountryCoverageModel</name>
    <message>
        <source>Country not known</source>
        <translation>البلد غير معروف</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>التغطية</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CoverageDashboard</name>
    <message>
        <source>Scan canceled.</source>
        <translation>تم إلغاء الفحص.</translation>
    </message>
    <message>
        <source>Scan canceled. The numbers shown are from the last complete scan.</source>
        <translation>تم إلغاء الفحص. الأرقام المعروضة من آخر فحص مكتمل.</translation>
    </message>
    <message>
        <source>Coverage dashboard — Microsoft Customer Agreement</source>
        <translation>لوحة التغطية — اتفاقية عملاء Microsoft</translation>
    </message>
    <message>
        <source>&amp;Scan all customers</source>
        <translation>فحص كل العملا&amp;ء</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>إعا&amp;دة تحميل</translation>
    </message>
    <message>
        <source>Reads the agreement status of every customer.</source>
        <translation>يقرأ حالة الاتفاقية لكل عميل.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>تصدير C&amp;SV…</translation>
    </message>
    <message>
        <source>Every customer&apos;s status as a spreadsheet file.</source>
        <translation>حالة كل عميل في ملف جدول بيانات.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <source>A dated report with the chart and the tables, for your records.</source>
        <translation>تقرير مؤرخ يتضمن المخطط والجداول، لسجلاتك.</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>تقدم الفحص</translation>
    </message>
    <message>
        <source>Customers by agreement status</source>
        <translation>العملاء حسب حالة الاتفاقية</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>كل العملاء</translation>
    </message>
    <message>
        <source>By &amp;country</source>
        <translation>البلدا&amp;ن</translation>
    </message>
    <message>
        <source>Coverage by country</source>
        <translation>التغطية حسب البلد</translation>
    </message>
    <message>
        <source>&amp;Needs attention (%1)</source>
        <translation>بحاجة إلى اهتما&amp;م (%1)</translation>
    </message>
    <message>
        <source>Customers that need attention</source>
        <translation>العملاء الذين يحتاجون إلى اهتمام</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>عر&amp;ض العميل</translation>
    </message>
    <message>
        <source>— less than a minute left</source>
        <translation>— المتبقي أقل من دقيقة</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1</source>
        <translation>تعذرت قراءة قائمة العملاء: %1</translation>
    </message>
    <message>
        <source>Scan to see how many of your customers have accepted the Microsoft Customer Agreement.</source>
        <translation>ابدأ الفحص لمعرفة عدد عملائك الذين قبلوا اتفاقية عملاء Microsoft.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Listing customers…</source>
        <translation>جارٍ سرد العملاء…</translation>
    </message>
    <message>
        <source>Last scanned: %1</source>
        <translation>آخر فحص: %1</translation>
    </message>
    <message>
        <source>Export the status of every customer</source>
        <translation>تصدير حالة كل العملاء</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>تعذر حفظ الملف: %1</translation>
    </message>
    <message>
        <source>Export the coverage report</source>
        <translation>تصدير تقرير التغطية</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>تعذر حفظ التقرير: %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>تم حفظ التقرير في ‎%1.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked PartnerDesk to slow down; the scan goes on in %Ln second(s).</source>
        <translation>
            <numerusform>طلب مركز الشركاء من PartnerDesk الإبطاء؛ سيُستأنف الفحص بعد %Ln ثانية.</numerusform>
            <numerusform>طلب مركز الشركاء من PartnerDesk الإبطاء؛ سيُستأنف الفحص بعد ثانية واحدة.</numerusform>
            <numerusform>طلب مركز الشركاء من PartnerDesk الإبطاء؛ سيُستأنف الفحص بعد ثانيتين.</numerusform>
            <numerusform>طلب مركز الشركاء من PartnerDesk الإبطاء؛ سيُستأنف الفحص بعد %Ln ثوانٍ.</numerusform>
            <numerusform>طلب مركز الشركاء من PartnerDesk الإبطاء؛ سيُستأنف الفحص بعد %Ln ثانية.</numerusform>
            <numerusform>طلب مركز الشركاء من PartnerDesk الإبطاء؛ سيُستأنف الفحص بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read</source>
        <translation>
            <numerusform>تمت قراءة %1 من أصل %Ln عميل</numerusform>
            <numerusform>تمت قراءة %1 من أصل عميل واحد</numerusform>
            <numerusform>تمت قراءة %1 من أصل عميلين</numerusform>
            <numerusform>تمت قراءة %1 من أصل %Ln عملاء</numerusform>
            <numerusform>تمت قراءة %1 من أصل %Ln عميلاً</numerusform>
            <numerusform>تمت قراءة %1 من أصل %Ln عميل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read (listing…)</source>
        <translation>
            <numerusform>تمت قراءة %1 من أصل %Ln عميل (جارٍ السرد…)</numerusform>
            <numerusform>تمت قراءة %1 من أصل عميل واحد (جارٍ السرد…)</numerusform>
            <numerusform>تمت قراءة %1 من أصل عميلين (جارٍ السرد…)</numerusform>
            <numerusform>تمت قراءة %1 من أصل %Ln عملاء (جارٍ السرد…)</numerusform>
            <numerusform>تمت قراءة %1 من أصل %Ln عميلاً (جارٍ السرد…)</numerusform>
            <numerusform>تمت قراءة %1 من أصل %Ln عميل (جارٍ السرد…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— about %Ln minute(s) left</source>
        <translation>
            <numerusform>— المتبقي نحو %Ln دقيقة</numerusform>
            <numerusform>— المتبقي نحو دقيقة واحدة</numerusform>
            <numerusform>— المتبقي نحو دقيقتين</numerusform>
            <numerusform>— المتبقي نحو %Ln دقائق</numerusform>
            <numerusform>— المتبقي نحو %Ln دقيقة</numerusform>
            <numerusform>— المتبقي نحو %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; a customer whose status could not be read is counted as unknown. Last error: %1</source>
        <translation>
            <numerusform>تعذرت قراءة %Ln عميل بالكامل؛ يُحتسب العميل الذي تعذرت قراءة حالته ضمن «غير معروف». آخر خطأ: %1</numerusform>
            <numerusform>تعذرت قراءة عميل واحد بالكامل؛ يُحتسب العميل الذي تعذرت قراءة حالته ضمن «غير معروف». آخر خطأ: %1</numerusform>
            <numerusform>تعذرت قراءة عميلين بالكامل؛ يُحتسب العميل الذي تعذرت قراءة حالته ضمن «غير معروف». آخر خطأ: %1</numerusform>
            <numerusform>تعذرت قراءة %Ln عملاء بالكامل؛ يُحتسب العميل الذي تعذرت قراءة حالته ضمن «غير معروف». آخر خطأ: %1</numerusform>
            <numerusform>تعذرت قراءة %Ln عميلاً بالكامل؛ يُحتسب العميل الذي تعذرت قراءة حالته ضمن «غير معروف». آخر خطأ: %1</numerusform>
            <numerusform>تعذرت قراءة %Ln عميل بالكامل؛ يُحتسب العميل الذي تعذرت قراءة حالته ضمن «غير معروف». آخر خطأ: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>لدى %Ln عميل غير مؤكد عمليات شراء بالفعل: لا يمكنهم القبول في مركز إدارة Microsoft 365، لذا يجب على مؤسستك تأكيد قبولهم.</numerusform>
            <numerusform>لدى عميل واحد غير مؤكد عمليات شراء بالفعل: لا يمكنه القبول في مركز إدارة Microsoft 365، لذا يجب على مؤسستك تأكيد قبوله.</numerusform>
            <numerusform>لدى عميلين غير مؤكدين عمليات شراء بالفعل: لا يمكنهما القبول في مركز إدارة Microsoft 365، لذا يجب على مؤسستك تأكيد قبولهما.</numerusform>
            <numerusform>لدى %Ln عملاء غير مؤكدين عمليات شراء بالفعل: لا يمكنهم القبول في مركز إدارة Microsoft 365، لذا يجب على مؤسستك تأكيد قبولهم.</numerusform>
            <numerusform>لدى %Ln عميلاً غير مؤكد عمليات شراء بالفعل: لا يمكنهم القبول في مركز إدارة Microsoft 365، لذا يجب على مؤسستك تأكيد قبولهم.</numerusform>
            <numerusform>لدى %Ln عميل غير مؤكد عمليات شراء بالفعل: لا يمكنهم القبول في مركز إدارة Microsoft 365، لذا يجب على مؤسستك تأكيد قبولهم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the status of %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>تم حفظ حالة %Ln عميل في ‎%1.</numerusform>
            <numerusform>تم حفظ حالة عميل واحد في ‎%1.</numerusform>
            <numerusform>تم حفظ حالة عميلين في ‎%1.</numerusform>
            <numerusform>تم حفظ حالة %Ln عملاء في ‎%1.</numerusform>
            <numerusform>تم حفظ حالة %Ln عميلاً في ‎%1.</numerusform>
            <numerusform>تم حفظ حالة %Ln عميل في ‎%1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CoveragePdf</name>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير معيّن</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>تاريخ الفحص</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>حالة اتفاقية عملاء Microsoft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>حسب البلد</translation>
    </message>
    <message>
        <source>Customers that need attention (%1)</source>
        <translation>العملاء الذين يحتاجون إلى اهتمام (%1)</translation>
    </message>
    <message>
        <source>Every customer is confirmed by your organization or accepted directly.</source>
        <translation>كل العملاء مؤكدون من مؤسستك أو قبلوا مباشرةً.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement coverage</source>
        <translation>تغطية اتفاقية عملاء Microsoft</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a number of customers and their share</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>لدى %Ln عميل غير مؤكد عمليات شراء بالفعل: لا يمكنهم القبول في مركز إدارة Microsoft 365، لذا يجب على مؤسستك تأكيد قبولهم.</numerusform>
            <numerusform>لدى عميل واحد غير مؤكد عمليات شراء بالفعل: لا يمكنه القبول في مركز إدارة Microsoft 365، لذا يجب على مؤسستك تأكيد قبوله.</numerusform>
            <numerusform>لدى عميلين غير مؤكدين عمليات شراء بالفعل: لا يمكنهما القبول في مركز إدارة Microsoft 365، لذا يجب على مؤسستك تأكيد قبولهما.</numerusform>
            <numerusform>لدى %Ln عملاء غير مؤكدين عمليات شراء بالفعل: لا يمكنهم القبول في مركز إدارة Microsoft 365، لذا يجب على مؤسستك تأكيد قبولهم.</numerusform>
            <numerusform>لدى %Ln عميلاً غير مؤكد عمليات شراء بالفعل: لا يمكنهم القبول في مركز إدارة Microsoft 365، لذا يجب على مؤسستك تأكيد قبولهم.</numerusform>
            <numerusform>لدى %Ln عميل غير مؤكد عمليات شراء بالفعل: لا يمكنهم القبول في مركز إدارة Microsoft 365، لذا يجب على مؤسستك تأكيد قبولهم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; their status may be shown as unknown.</source>
        <translation>
            <numerusform>تعذرت قراءة %Ln عميل بالكامل؛ قد تظهر حالتهم «غير معروف».</numerusform>
            <numerusform>تعذرت قراءة عميل واحد بالكامل؛ قد تظهر حالته «غير معروف».</numerusform>
            <numerusform>تعذرت قراءة عميلين بالكامل؛ قد تظهر حالتهما «غير معروف».</numerusform>
            <numerusform>تعذرت قراءة %Ln عملاء بالكامل؛ قد تظهر حالتهم «غير معروف».</numerusform>
            <numerusform>تعذرت قراءة %Ln عميلاً بالكامل؛ قد تظهر حالتهم «غير معروف».</numerusform>
            <numerusform>تعذرت قراءة %Ln عميل بالكامل؛ قد تظهر حالتهم «غير معروف».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CreateCustomerFlow</name>
    <message>
        <source>Creating the customer…</source>
        <translation>جارٍ إنشاء العميل…</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>جارٍ تسجيل تأكيد القبول…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CsvError</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>تعذرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (“Unicode text”), not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>الملف محفوظ بترميز UTF-16 («نص Unicode»)، وليس UTF-8. احفظه مرة أخرى بتنسيق «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file is saved as UTF-32, not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>الملف محفوظ بترميز UTF-32، وليس UTF-8. احفظه مرة أخرى بتنسيق «CSV UTF-8».</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8: the file looks like Latin-1 or another 8-bit code page (such as Windows-1252). Save it again as “CSV UTF-8”.</source>
        <translation>السطر %1 ليس UTF-8 صالحاً: يبدو أن الملف بترميز Latin-1 أو صفحة ترميز أخرى من 8 بت (مثل Windows-1252). احفظه مرة أخرى بتنسيق «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The field starting on line %1 is longer than %2 characters; PartnerDesk stopped reading the file.</source>
        <translation>يتجاوز طول الحقل الذي يبدأ في السطر %1 حد %2 من الأحرف؛ توقف PartnerDesk عن قراءة الملف.</translation>
    </message>
    <message>
        <source>The record on line %1 is too large (more than %2 fields or characters); PartnerDesk stopped reading the file.</source>
        <translation>السجل في السطر %1 كبير جداً (أكثر من %2 من الحقول أو الأحرف)؛ توقف PartnerDesk عن قراءة الملف.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>يحتوي الملف على أكثر من %1 من الصفوف؛ قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>حجم الملف أكبر من %1 ميغابايت؛ قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation>الحقل المقتبس الذي يبدأ في السطر %1 غير مغلق: علامة اقتباس (&quot;) مفقودة.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Customer</name>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>موزع</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>مستشار</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>نشر مشترك</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>دعم Microsoft</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerAccountLoader</name>
    <message>
        <source>The customer&apos;s billing address names no country, so its rules are unknown.</source>
        <translation>لا يحدد عنوان الفوترة الخاص بالعميل أي بلد، لذا فإن قواعده غير معروفة.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerEvidenceWidget</name>
    <message>
        <source>There are no evidence records for this customer; nothing was written.</source>
        <translation>لا توجد سجلات إثبات لهذا العميل؛ لم تتم كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as PDF</source>
        <translation>تصدير إثبات هذا العميل بتنسيق PDF</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as JSON</source>
        <translation>تصدير إثبات هذا العميل بتنسيق JSON</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>تمت كتابة %Ln سجل في ‎%1.</numerusform>
            <numerusform>تمت كتابة سجل واحد في ‎%1.</numerusform>
            <numerusform>تمت كتابة سجلين في ‎%1.</numerusform>
            <numerusform>تمت كتابة %Ln سجلات في ‎%1.</numerusform>
            <numerusform>تمت كتابة %Ln سجلاً في ‎%1.</numerusform>
            <numerusform>تمت كتابة %Ln سجل في ‎%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every confirmation sent from PartnerDesk for this customer, newest first, with the answer Partner Center gave. Kept on this computer.</source>
        <translation>كل تأكيد أُرسل من PartnerDesk لهذا العميل، الأحدث أولاً، مع الاستجابة التي قدمها مركز الشركاء. محفوظة على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Evidence records</source>
        <translation>سجلات الإثبات</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <source>Re&amp;quest id:</source>
        <translation>معرّف &amp;الطلب:</translation>
    </message>
    <message>
        <source>C&amp;orrelation id:</source>
        <translation>معرّف الارتبا&amp;ط:</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>معرّف الطلب</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>معرّف الارتباط</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>تصدير &amp;JSON…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a JSON file</source>
        <translation>حفظ سجلات الإثبات لهذا العميل كملف JSON</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>تصدير P&amp;DF…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a PDF report</source>
        <translation>حفظ سجلات الإثبات لهذا العميل كتقرير PDF</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer. Confirmations still reach Partner Center, but none is recorded here until PartnerDesk is restarted with the file accessible.</source>
        <translation>سجلات الإثبات غير متاحة: تعذر على PartnerDesk فتح ملف الإثبات على هذا الكمبيوتر. لا تزال التأكيدات تصل إلى مركز الشركاء، لكن لن يُسجَّل أي منها هنا حتى تتم إعادة تشغيل PartnerDesk مع إمكانية الوصول إلى الملف.</translation>
    </message>
    <message>
        <source>No evidence yet: no confirmation for this customer has been sent from PartnerDesk on this computer.</source>
        <translation>لا يوجد إثبات بعد: لم يُرسل أي تأكيد لهذا العميل من PartnerDesk على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListLoader</name>
    <message>
        <source>A page of customers could not be read consistently.</source>
        <translation>تعذّرت قراءة صفحة من العملاء بشكل متّسق.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListModel</name>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>البلد/المنطقة</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>حالة MCA</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>العلاقة</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;إعادة تحميل</translation>
    </message>
    <message>
        <source>Read the customer and the agreement status again (F5)</source>
        <translation>قراءة العميل وحالة الاتفاقية مرة أخرى (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>جارٍ التحميل</translation>
    </message>
    <message>
        <source>Account info</source>
        <translation>معلومات الحساب</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>الشركة:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>المجال:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>العلاقة:</translation>
    </message>
    <message>
        <source>Subscriptions:</source>
        <translation>الاشتراكات:</translation>
    </message>
    <message>
        <source>Primary contact:</source>
        <translation>جهة الاتصال الأساسية:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>عنوان البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>عنوان الفوترة:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>اتفاقية عملاء Microsoft</translation>
    </message>
    <message>
        <source>Latest confirmation:</source>
        <translation>آخر تأكيد:</translation>
    </message>
    <message>
        <source>Direct acceptance:</source>
        <translation>القبول المباشر:</translation>
    </message>
    <message>
        <source>Confirmation &amp;history (newest first)</source>
        <translation>&amp;سجل التأكيدات (الأحدث أولاً)</translation>
    </message>
    <message>
        <source>Confirmation history</source>
        <translation>سجل التأكيدات</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>حالة اتفاقية عملاء Microsoft</translation>
    </message>
    <message>
        <source>Direct acceptance in the Microsoft 365 admin center</source>
        <translation>القبول المباشر في مركز إدارة Microsoft 365</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;تحديث…</translation>
    </message>
    <message>
        <source>&amp;Invite to accept…</source>
        <translation>&amp;دعوة إلى القبول…</translation>
    </message>
    <message>
        <source>Agreement &amp;template…</source>
        <translation>&amp;قالب الاتفاقية…</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>طلب &amp;جديد…</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>جارٍ قراءة بيانات العميل…</translation>
    </message>
    <message>
        <source>Reading the agreement status…</source>
        <translation>جارٍ قراءة حالة الاتفاقية…</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>جارٍ قراءة الاشتراكات…</translation>
    </message>
    <message>
        <source>Loading was canceled; what is shown may be incomplete.</source>
        <translation>تم إلغاء التحميل؛ قد يكون المعروض غير مكتمل.</translation>
    </message>
    <message>
        <source>Some of this customer&apos;s details could not be read. %1</source>
        <translation>تعذرت قراءة بعض تفاصيل هذا العميل. %1</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>موزع</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>مستشار</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>نشر مشترك</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>دعم Microsoft</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Customer — Account info</source>
        <translation>العميل — معلومات الحساب</translation>
    </message>
    <message>
        <source>%1 · customer id %2</source>
        <translation>%1 · معرّف العميل ‎%2</translation>
    </message>
    <message>
        <source>%1 — Account info</source>
        <translation>%1 — معلومات الحساب</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <translation>%1، الهاتف ‎%2</translation>
    </message>
    <message>
        <source>%1 (culture %2)</source>
        <translation>%1 (الثقافة %2)</translation>
    </message>
    <message>
        <source>None through your organization</source>
        <translation>لا يوجد من خلال مؤسستك</translation>
    </message>
    <message numerus="yes">
        <source>Through your organization: %n</source>
        <translation>
            <numerusform>من خلال مؤسستك: %n</numerusform>
            <numerusform>من خلال مؤسستك: %n</numerusform>
            <numerusform>من خلال مؤسستك: %n</numerusform>
            <numerusform>من خلال مؤسستك: %n</numerusform>
            <numerusform>من خلال مؤسستك: %n</numerusform>
            <numerusform>من خلال مؤسستك: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>تعذرت القراءة</translation>
    </message>
    <message>
        <source>The agreement status could not be read. Use Retry.</source>
        <translation>تعذرت قراءة حالة الاتفاقية. استخدم «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2.</source>
        <translation>قبلها %1 في %2.</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>القالب: %1</translation>
    </message>
    <message>
        <source>No partner confirmation yet.</source>
        <translation>لا يوجد تأكيد من الشريك بعد.</translation>
    </message>
    <message>
        <source>Could not be read.</source>
        <translation>تعذرت القراءة.</translation>
    </message>
    <message>
        <source>The customer accepted in the Microsoft 365 admin center.</source>
        <translation>قبل العميل الاتفاقية في مركز إدارة Microsoft 365.</translation>
    </message>
    <message>
        <source>Not accepted in the Microsoft 365 admin center.</source>
        <translation>لم يتم القبول في مركز إدارة Microsoft 365.</translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for new purchases, so the partner&apos;s confirmation is the record Partner Center relies on. If someone else at the customer accepted the agreement, record that person with Update.</source>
        <translation>
            <numerusform>لدى هذا العميل عمليات شراء حالية من خلال مؤسستك (الاشتراكات: %n) ولم يقبل الاتفاقية في مركز إدارة Microsoft 365. لا يمكن للعميل الذي لديه عمليات شراء حالية من خلال شريك قبولها هناك لعمليات الشراء الجديدة، لذا فإن تأكيد الشريك هو السجل الذي يعتمد عليه مركز الشركاء. إذا كان شخص آخر لدى العميل قد قبل الاتفاقية، فسجّل ذلك الشخص باستخدام «تحديث».</numerusform>
            <numerusform>لدى هذا العميل عمليات شراء حالية من خلال مؤسستك (الاشتراكات: %n) ولم يقبل الاتفاقية في مركز إدارة Microsoft 365. لا يمكن للعميل الذي لديه عمليات شراء حالية من خلال شريك قبولها هناك لعمليات الشراء الجديدة، لذا فإن تأكيد الشريك هو السجل الذي يعتمد عليه مركز الشركاء. إذا كان شخص آخر لدى العميل قد قبل الاتفاقية، فسجّل ذلك الشخص باستخدام «تحديث».</numerusform>
            <numerusform>لدى هذا العميل عمليات شراء حالية من خلال مؤسستك (الاشتراكات: %n) ولم يقبل الاتفاقية في مركز إدارة Microsoft 365. لا يمكن للعميل الذي لديه عمليات شراء حالية من خلال شريك قبولها هناك لعمليات الشراء الجديدة، لذا فإن تأكيد الشريك هو السجل الذي يعتمد عليه مركز الشركاء. إذا كان شخص آخر لدى العميل قد قبل الاتفاقية، فسجّل ذلك الشخص باستخدام «تحديث».</numerusform>
            <numerusform>لدى هذا العميل عمليات شراء حالية من خلال مؤسستك (الاشتراكات: %n) ولم يقبل الاتفاقية في مركز إدارة Microsoft 365. لا يمكن للعميل الذي لديه عمليات شراء حالية من خلال شريك قبولها هناك لعمليات الشراء الجديدة، لذا فإن تأكيد الشريك هو السجل الذي يعتمد عليه مركز الشركاء. إذا كان شخص آخر لدى العميل قد قبل الاتفاقية، فسجّل ذلك الشخص باستخدام «تحديث».</numerusform>
            <numerusform>لدى هذا العميل عمليات شراء حالية من خلال مؤسستك (الاشتراكات: %n) ولم يقبل الاتفاقية في مركز إدارة Microsoft 365. لا يمكن للعميل الذي لديه عمليات شراء حالية من خلال شريك قبولها هناك لعمليات الشراء الجديدة، لذا فإن تأكيد الشريك هو السجل الذي يعتمد عليه مركز الشركاء. إذا كان شخص آخر لدى العميل قد قبل الاتفاقية، فسجّل ذلك الشخص باستخدام «تحديث».</numerusform>
            <numerusform>لدى هذا العميل عمليات شراء حالية من خلال مؤسستك (الاشتراكات: %n) ولم يقبل الاتفاقية في مركز إدارة Microsoft 365. لا يمكن للعميل الذي لديه عمليات شراء حالية من خلال شريك قبولها هناك لعمليات الشراء الجديدة، لذا فإن تأكيد الشريك هو السجل الذي يعتمد عليه مركز الشركاء. إذا كان شخص آخر لدى العميل قد قبل الاتفاقية، فسجّل ذلك الشخص باستخدام «تحديث».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for a new purchase: the admin center tells them &quot;Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.&quot; The partner must attest on the customer&apos;s behalf.</source>
        <translation>
            <numerusform>لدى هذا العميل عمليات شراء حالية من خلال مؤسستك (الاشتراكات: %n) ولم يقبل الاتفاقية في مركز إدارة Microsoft 365. لا يمكن للعميل الذي لديه عمليات شراء حالية من خلال شريك قبولها هناك لعملية شراء جديدة: إذ يعرض له مركز الإدارة الرسالة «يرجى التواصل مع شريكك لتأكيد قبولك لاتفاقية عملاء Microsoft». يجب على الشريك التصديق نيابةً عن العميل.</numerusform>
            <numerusform>لدى هذا العميل عمليات شراء حالية من خلال مؤسستك (الاشتراكات: %n) ولم يقبل الاتفاقية في مركز إدارة Microsoft 365. لا يمكن للعميل الذي لديه عمليات شراء حالية من خلال شريك قبولها هناك لعملية شراء جديدة: إذ يعرض له مركز الإدارة الرسالة «يرجى التواصل مع شريكك لتأكيد قبولك لاتفاقية عملاء Microsoft». يجب على الشريك التصديق نيابةً عن العميل.</numerusform>
            <numerusform>لدى هذا العميل عمليات شراء حالية من خلال مؤسستك (الاشتراكات: %n) ولم يقبل الاتفاقية في مركز إدارة Microsoft 365. لا يمكن للعميل الذي لديه عمليات شراء حالية من خلال شريك قبولها هناك لعملية شراء جديدة: إذ يعرض له مركز الإدارة الرسالة «يرجى التواصل مع شريكك لتأكيد قبولك لاتفاقية عملاء Microsoft». يجب على الشريك التصديق نيابةً عن العميل.</numerusform>
            <numerusform>لدى هذا العميل عمليات شراء حالية من خلال مؤسستك (الاشتراكات: %n) ولم يقبل الاتفاقية في مركز إدارة Microsoft 365. لا يمكن للعميل الذي لديه عمليات شراء حالية من خلال شريك قبولها هناك لعملية شراء جديدة: إذ يعرض له مركز الإدارة الرسالة «يرجى التواصل مع شريكك لتأكيد قبولك لاتفاقية عملاء Microsoft». يجب على الشريك التصديق نيابةً عن العميل.</numerusform>
            <numerusform>لدى هذا العميل عمليات شراء حالية من خلال مؤسستك (الاشتراكات: %n) ولم يقبل الاتفاقية في مركز إدارة Microsoft 365. لا يمكن للعميل الذي لديه عمليات شراء حالية من خلال شريك قبولها هناك لعملية شراء جديدة: إذ يعرض له مركز الإدارة الرسالة «يرجى التواصل مع شريكك لتأكيد قبولك لاتفاقية عملاء Microsoft». يجب على الشريك التصديق نيابةً عن العميل.</numerusform>
            <numerusform>لدى هذا العميل عمليات شراء حالية من خلال مؤسستك (الاشتراكات: %n) ولم يقبل الاتفاقية في مركز إدارة Microsoft 365. لا يمكن للعميل الذي لديه عمليات شراء حالية من خلال شريك قبولها هناك لعملية شراء جديدة: إذ يعرض له مركز الإدارة الرسالة «يرجى التواصل مع شريكك لتأكيد قبولك لاتفاقية عملاء Microsoft». يجب على الشريك التصديق نيابةً عن العميل.</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no purchases through your organization yet. If they already buy through another partner, the Microsoft 365 admin center will not let them accept the agreement for your new relationship either (it tells them to reach out to their partner), and the partner must attest on their behalf. Otherwise the customer can accept it in the admin center.</source>
        <translation>ليس لدى هذا العميل أي عمليات شراء من خلال مؤسستك بعد. إذا كان يشتري بالفعل من خلال شريك آخر، فلن يسمح له مركز إدارة Microsoft 365 بقبول الاتفاقية لعلاقتك الجديدة أيضاً (إذ يطلب منه التواصل مع شريكه)، ويجب على الشريك التصديق نيابةً عنه. وبخلاف ذلك، يمكن للعميل قبولها في مركز الإدارة.</translation>
    </message>
    <message>
        <source>You prepare that hand-off file with Bulk attestation in the main window; it checks every row before you send it to your provider.</source>
        <translation>يمكنك إعداد ملف التسليم هذا باستخدام «التصديق المجمّع» في النافذة الرئيسية؛ إذ يفحص كل صف قبل إرساله إلى الموفر.</translation>
    </message>
    <message>
        <source>An Admin agent or a Sales agent can confirm the customer&apos;s acceptance.</source>
        <translation>يمكن لوكيل المسؤول أو وكيل المبيعات تأكيد قبول العميل.</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance.</source>
        <translation>لإلغاء حظر الطلبات (يرفضها مركز الشركاء بالخطأ 13605)، استخدم «تحديث» لتأكيد قبول العميل.</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance, or Invite to accept to ask the customer to accept it in the Microsoft 365 admin center.</source>
        <translation>لإلغاء حظر الطلبات (يرفضها مركز الشركاء بالخطأ 13605)، استخدم «تحديث» لتأكيد قبول العميل، أو «دعوة إلى القبول» لتطلب من العميل قبولها في مركز إدارة Microsoft 365.</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has a confirmation with exactly this contact, so nothing new was recorded.</source>
        <translation>مؤكد مسبقاً: يوجد في مركز الشركاء تأكيد بجهة الاتصال هذه نفسها، لذا لم يُسجَّل شيء جديد.</translation>
    </message>
    <message>
        <source>Saved: %1&apos;s acceptance on %2 is recorded.</source>
        <translation>تم الحفظ: تم تسجيل قبول %1 بتاريخ %2.</translation>
    </message>
    <message>
        <source>(The answer was lost on the way; PartnerDesk read the confirmations and found it recorded.)</source>
        <translation>(فُقدت الاستجابة في الطريق؛ قرأ PartnerDesk التأكيدات ووجده مسجلاً.)</translation>
    </message>
    <message>
        <source>The customer could not be read. Use Retry.</source>
        <translation>تعذرت قراءة العميل. استخدم «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>Confirm who at the customer accepted the Microsoft Customer Agreement, and when</source>
        <translation>تأكيد الشخص الذي قبل اتفاقية عملاء Microsoft لدى العميل وتاريخ القبول</translation>
    </message>
    <message>
        <source>Write an email inviting the customer to accept the agreement in the Microsoft 365 admin center</source>
        <translation>كتابة رسالة بريد إلكتروني تدعو العميل إلى قبول الاتفاقية في مركز إدارة Microsoft 365</translation>
    </message>
    <message>
        <source>Open or download the agreement for the customer&apos;s country</source>
        <translation>فتح الاتفاقية أو تنزيلها لبلد العميل</translation>
    </message>
    <message>
        <source>Place an order; the customer&apos;s acceptance is checked first</source>
        <translation>تقديم طلب؛ يتم التحقق من قبول العميل أولاً</translation>
    </message>
    <message>
        <source>Open or download the agreement; the customer&apos;s address names no country, so choose it there</source>
        <translation>فتح الاتفاقية أو تنزيلها؛ لا يحدد عنوان العميل أي بلد، لذا اختره هناك</translation>
    </message>
    <message>
        <source>&amp;Prepare a file for your provider…</source>
        <translation>إنشا&amp;ء ملف للموفر…</translation>
    </message>
    <message>
        <source>Bulk attestation checks every row of a CSV file and saves the rows that pass as a file for your indirect provider</source>
        <translation>يفحص «التصديق المجمّع» كل صف في ملف CSV ويحفظ الصفوف التي تجتاز الفحص كملف للموفر غير المباشر</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk (%1)</source>
        <translation>الإثبات الصاد&amp;ر من PartnerDesk (%1)</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk</source>
        <translation>الإثبات الصاد&amp;ر من PartnerDesk</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignIn</name>
    <message>
        <source>The sign-in service did not answer with a code and a page to enter it.</source>
        <translation>لم تستجب خدمة تسجيل الدخول برمز وصفحة لإدخاله فيها.</translation>
    </message>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>استجابت خدمة تسجيل الدخول دون رمز مميز.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignInDialog</name>
    <message>
        <source>The code is copied. Paste it on the sign-in page.</source>
        <translation>تم نسخ الرمز. الصقه في صفحة تسجيل الدخول.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open %1 in a browser yourself.</source>
        <translation>تعذر فتح أي مستعرض. افتح ‎%1 في مستعرض بنفسك.</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>تسجيل الدخول إلى مركز الشركاء</translation>
    </message>
    <message>
        <source>Sign in with your work account — an Admin agent or Sales agent account of your partner organization — on Microsoft&apos;s sign-in page: open the page, enter the code below and complete the sign-in there, multi-factor authentication included. PartnerDesk waits here and continues by itself.</source>
        <translation>سجّل الدخول بحساب العمل الخاص بك — حساب وكيل المسؤول أو وكيل المبيعات في مؤسستك الشريكة — في صفحة تسجيل الدخول من Microsoft: افتح الصفحة، وأدخل الرمز أدناه، وأكمل تسجيل الدخول هناك، بما في ذلك المصادقة متعددة العوامل. ينتظر PartnerDesk هنا ويتابع تلقائياً.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;الرمز:</translation>
    </message>
    <message>
        <source>Co&amp;py code</source>
        <translation>نسخ الرم&amp;ز</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>الصفحة:</translation>
    </message>
    <message>
        <source>&amp;Open sign-in page</source>
        <translation>فتح صفحة تسجيل الدخ&amp;ول</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>إعا&amp;دة المحاولة</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>رمز تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign-in service: %1 · Tenant: %2 · Application (client) ID: %3</source>
        <translation>خدمة تسجيل الدخول: %1 · المستأجر: %2 · معرّف التطبيق (العميل): %3</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>جارٍ طلب رمز تسجيل الدخول من Microsoft…</translation>
    </message>
    <message>
        <source>Set the application (client) ID registered for PartnerDesk in Settings (Connection), then sign in again.</source>
        <translation>عيّن معرّف التطبيق (العميل) المسجل لـ PartnerDesk في الإعدادات (الاتصال)، ثم سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>No connection to the sign-in service right now. PartnerDesk keeps trying; the code stays valid until %1.</source>
        <translation>لا يوجد اتصال بخدمة تسجيل الدخول حالياً. يواصل PartnerDesk المحاولة؛ ويظل الرمز صالحاً حتى %1.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in on the page… The code is valid until %1.</source>
        <translation>في انتظار تسجيل دخولك في الصفحة… الرمز صالح حتى %1.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>تم تسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DocumentDownload</name>
    <message>
        <source>Choose an existing folder for the download.</source>
        <translation>اختر مجلداً موجوداً للتنزيل.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>تتعذر الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>The link has expired; PartnerDesk fetches a fresh one on the next try.</source>
        <translation>انتهت صلاحية الارتباط؛ سيجلب PartnerDesk ارتباطاً جديداً في المحاولة التالية.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>يتعذر حفظ %1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceExportDialog</name>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>يجب ألا يسبق آخر يوم أول يوم.</translation>
    </message>
    <message>
        <source>There are no evidence records in this period; nothing was written.</source>
        <translation>لا توجد سجلات إثبات في هذه الفترة؛ لم تتم كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>تصدير الإثبات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>تمت كتابة %Ln سجل في ‎%1.</numerusform>
            <numerusform>تمت كتابة سجل واحد في ‎%1.</numerusform>
            <numerusform>تمت كتابة سجلين في ‎%1.</numerusform>
            <numerusform>تمت كتابة %Ln سجلات في ‎%1.</numerusform>
            <numerusform>تمت كتابة %Ln سجلاً في ‎%1.</numerusform>
            <numerusform>تمت كتابة %Ln سجل في ‎%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the evidence records of every customer confirmed from PartnerDesk on this computer in a period. The days are those of your time zone; both are included.</source>
        <translation>تصدير سجلات الإثبات لكل عميل تم تأكيده من PartnerDesk على هذا الكمبيوتر خلال فترة. الأيام حسب منطقتك الزمنية، واليومان الأول والأخير مشمولان.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;أول يوم:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;آخر يوم:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>التنسيق:</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>تقرير &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;JSON file</source>
        <translation>ملف &amp;JSON</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>أول يوم</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>آخر يوم</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير &amp;إلى ملف…</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer.</source>
        <translation>سجلات الإثبات غير متاحة: تعذر على PartnerDesk فتح ملف الإثبات على هذا الكمبيوتر.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceReport</name>
    <message>
        <source>Evidence of Microsoft Customer Agreement confirmations</source>
        <translation>إثبات تأكيدات اتفاقية عملاء Microsoft</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>(no partner name in Settings)</source>
        <translation>(لا يوجد اسم شريك في الإعدادات)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>%1 (customer id %2)</source>
        <translation>%1 (معرّف العميل %2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>%1 to %2, both included</source>
        <translation>من %1 إلى %2، بما في ذلك اليومان</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>‎%1 UTC</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Each row is one confirmation sent from PartnerDesk and the answer Partner Center gave. Times are UTC. The request and correlation ids identify the request to Microsoft support. Contact data is removed from records older than the retention period set in Settings.</source>
        <translation>يمثل كل صف تأكيداً واحداً أُرسل من PartnerDesk والاستجابة التي قدمها مركز الشركاء. الأوقات بالتوقيت العالمي المنسق (UTC). يحدد معرّفا الطلب والارتباط الطلبَ لدى دعم Microsoft. تُزال بيانات الاتصال من السجلات الأقدم من فترة الاحتفاظ المعيّنة في الإعدادات.</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>وقت التسجيل (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Contact and acceptance date</source>
        <translation>جهة الاتصال وتاريخ القبول</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Customer, request, correlation and template ids</source>
        <translation>معرّفات العميل والطلب والارتباط والقالب</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>تاريخ القبول: ‎%1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>تعذرت كتابة الملف ‎%1: %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>Already confirmed (code %1)</source>
        <translation>مؤكد مسبقاً (الرمز %1)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1, code %2)</source>
        <translation>فشل (HTTP %1، الرمز %2)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>فشل (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed (code %1)</source>
        <translation>فشل (الرمز %1)</translation>
    </message>
    <message>
        <source>Failed (no answer from the service)</source>
        <translation>فشل (لا توجد استجابة من الخدمة)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>PartnerDesk window</source>
        <translation>نافذة PartnerDesk</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>التصديق المجمّع</translation>
    </message>
    <message>
        <source>Bulk attestation (command line)</source>
        <translation>التصديق المجمّع (سطر الأوامر)</translation>
    </message>
    <message>
        <source>Removed after the retention period</source>
        <translation>أُزيلت بعد انتهاء فترة الاحتفاظ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>‏%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceTableModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>‎%1 UTC</translation>
    </message>
    <message>
        <source>Contact data was removed on %1 (UTC), after the retention period set in Settings.</source>
        <translation>أُزيلت بيانات الاتصال في ‎%1 (UTC)، بعد انتهاء فترة الاحتفاظ المعيّنة في الإعدادات.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>تاريخ القبول</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>معرّف الطلب</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>معرّف الارتباط</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationComposer</name>
    <message>
        <source>Rewrite the message?</source>
        <translation>هل تريد إعادة كتابة الرسالة؟</translation>
    </message>
    <message>
        <source>The message is written again from the template, and your changes to it are replaced.</source>
        <translation>تُعاد كتابة الرسالة من القالب، وتُستبدل التغييرات التي أجريتها عليها.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Request a reseller relationship</source>
        <translation>طلب علاقة موزع</translation>
    </message>
    <message>
        <source>Invite to accept the Microsoft Customer Agreement</source>
        <translation>دعوة إلى قبول اتفاقية عملاء Microsoft</translation>
    </message>
    <message>
        <source>Invite %1 to accept you as their reseller. Partner Center provides the link: a global administrator of the customer opens it, signs in to the Microsoft 365 admin center and accepts the relationship and, if not done yet, the Microsoft Customer Agreement.</source>
        <translation>ادعُ %1 إلى قبولك موزعاً له. يوفر مركز الشركاء الارتباط: يفتحه مسؤول عام لدى العميل، ويسجل الدخول إلى مركز إدارة Microsoft 365، ويقبل العلاقة، وكذلك اتفاقية عملاء Microsoft إن لم يكن قد قبلها بعد.</translation>
    </message>
    <message>
        <source>Invite %1 to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. A global administrator of the customer signs in at the link in the email and accepts the agreement there.</source>
        <translation>ادعُ %1 إلى قبول اتفاقية عملاء Microsoft في مركز إدارة Microsoft 365. يسجل مسؤول عام لدى العميل الدخول عبر الارتباط الوارد في البريد الإلكتروني ويقبل الاتفاقية هناك.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <source>&amp;Message (preview while you edit the template):</source>
        <translation>ال&amp;رسالة (معاينة أثناء تحرير القالب):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>ال&amp;رسالة:</translation>
    </message>
    <message>
        <source>Tem&amp;plate (with placeholders):</source>
        <translation>ال&amp;قالب (مع العناصر النائبة):</translation>
    </message>
    <message>
        <source>Placeholders: {{link}} the invitation link · {{partner}} your company · {{customer}} the customer · {{userName}} and {{password}} the sign-in details, used only between {{#credentials}} and {{/credentials}}. A first line “Subject: …” becomes the subject.</source>
        <translation>العناصر النائبة: {{link}} ارتباط الدعوة · {{partner}} شركتك · {{customer}} العميل · {{userName}} و {{password}} تفاصيل تسجيل الدخول، ولا تُستخدم إلا بين {{#credentials}} و {{/credentials}}. يصبح السطر الأول «Subject: …» هو الموضوع.</translation>
    </message>
    <message>
        <source>Language of the email</source>
        <translation>لغة البريد الإلكتروني</translation>
    </message>
    <message>
        <source>The language of the template. It starts with the customer&apos;s language.</source>
        <translation>لغة القالب. تبدأ بلغة العميل.</translation>
    </message>
    <message>
        <source>Recipient&apos;s email address</source>
        <translation>عنوان البريد الإلكتروني للمستلم</translation>
    </message>
    <message>
        <source>admin@customer.example</source>
        <translation>admin@customer.example</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Template with placeholders</source>
        <translation>القالب مع العناصر النائبة</translation>
    </message>
    <message>
        <source>Fetching the relationship link</source>
        <translation>جارٍ جلب ارتباط العلاقة</translation>
    </message>
    <message>
        <source>Asking Partner Center for the relationship link…</source>
        <translation>جارٍ طلب ارتباط العلاقة من مركز الشركاء…</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>إ&amp;عادة المحاولة</translation>
    </message>
    <message>
        <source>&amp;Include the customer&apos;s sign-in details (user name and password)</source>
        <translation>&amp;تضمين تفاصيل تسجيل الدخول للعميل (اسم المستخدم وكلمة المرور)</translation>
    </message>
    <message>
        <source>&amp;Hide template</source>
        <translation>إ&amp;خفاء القالب</translation>
    </message>
    <message>
        <source>&amp;Edit template</source>
        <translation>ت&amp;حرير القالب</translation>
    </message>
    <message>
        <source>Change the template this email is written from, and keep it for this language.</source>
        <translation>تغيير القالب الذي تُكتب منه هذه الرسالة، والاحتفاظ به لهذه اللغة.</translation>
    </message>
    <message>
        <source>Sa&amp;ve as my template</source>
        <translation>حف&amp;ظ كقالب خاص بي</translation>
    </message>
    <message>
        <source>PartnerDesk uses this template for every invitation in this language.</source>
        <translation>يستخدم PartnerDesk هذا القالب لكل دعوة بهذه اللغة.</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>&amp;استعادة الافتراضي</translation>
    </message>
    <message>
        <source>Go back to the template that comes with PartnerDesk.</source>
        <translation>العودة إلى القالب المرفق مع PartnerDesk.</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;نسخ إلى الحافظة</translation>
    </message>
    <message>
        <source>Copies the subject and the message as plain text.</source>
        <translation>ينسخ الموضوع والرسالة كنص عادي.</translation>
    </message>
    <message>
        <source>&amp;Open in email</source>
        <translation>&amp;فتح في البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Your company&apos;s name is not set, so the email says “%1”. Set it under Settings → Partner name, or replace it in the message.</source>
        <translation>لم يتم تعيين اسم شركتك، لذا تقول الرسالة «%1». عيّنه في الإعدادات ← اسم الشريك، أو استبدله في الرسالة.</translation>
    </message>
    <message>
        <source>Replace your changes?</source>
        <translation>هل تريد استبدال تغييراتك؟</translation>
    </message>
    <message>
        <source>The message is written again from the template in %1, and your changes to it are replaced.</source>
        <translation>تُعاد كتابة الرسالة من القالب بلغة %1، وتُستبدل التغييرات التي أجريتها عليها.</translation>
    </message>
    <message>
        <source>The relationship link did not arrive: %1</source>
        <translation>لم يصل ارتباط العلاقة: %1</translation>
    </message>
    <message>
        <source>Waiting for the relationship link from Partner Center.</source>
        <translation>في انتظار ارتباط العلاقة من مركز الشركاء.</translation>
    </message>
    <message>
        <source>The relationship link is missing. Use “Try again” to ask Partner Center once more.</source>
        <translation>ارتباط العلاقة مفقود. استخدم «إعادة المحاولة» لطلبه من مركز الشركاء مرة أخرى.</translation>
    </message>
    <message>
        <source>Opens a new email with this subject and message in your mail program.</source>
        <translation>يفتح رسالة بريد إلكتروني جديدة بهذا الموضوع وهذه الرسالة في برنامج البريد.</translation>
    </message>
    <message>
        <source>Your own template for %1 is used.</source>
        <translation>يتم استخدام قالبك الخاص بلغة %1.</translation>
    </message>
    <message>
        <source>PartnerDesk has no template in %1 yet, so the English one is shown. Edit it and save it as your template for %1.</source>
        <translation>لا يتوفر لدى PartnerDesk قالب بلغة %1 بعد، لذا يُعرض القالب الإنجليزي. حرّره واحفظه كقالب خاص بك للغة %1.</translation>
    </message>
    <message>
        <source>This email contains the customer&apos;s password. Send it only to the customer&apos;s administrator, and ask them to change the password when they first sign in.</source>
        <translation>تحتوي هذه الرسالة على كلمة مرور العميل. أرسلها إلى مسؤول العميل فقط، واطلب منه تغيير كلمة المرور عند تسجيل الدخول لأول مرة.</translation>
    </message>
    <message>
        <source>Edit the template?</source>
        <translation>هل تريد تحرير القالب؟</translation>
    </message>
    <message>
        <source>While you edit the template, the message is written from it, and your changes to the message are replaced.</source>
        <translation>أثناء تحرير القالب، تُكتب الرسالة منه، وتُستبدل التغييرات التي أجريتها على الرسالة.</translation>
    </message>
    <message>
        <source>Saved. PartnerDesk now writes invitations in %1 from this template.</source>
        <translation>تم الحفظ. يكتب PartnerDesk الآن الدعوات بلغة %1 من هذا القالب.</translation>
    </message>
    <message>
        <source>Reset the template?</source>
        <translation>هل تريد إعادة تعيين القالب؟</translation>
    </message>
    <message>
        <source>Your template for %1 is forgotten and PartnerDesk&apos;s own is used again.</source>
        <translation>يُحذف قالبك للغة %1 ويُستخدم قالب PartnerDesk مرة أخرى.</translation>
    </message>
    <message>
        <source>PartnerDesk&apos;s template for %1 is used again.</source>
        <translation>يُستخدم قالب PartnerDesk للغة %1 مرة أخرى.</translation>
    </message>
    <message>
        <source>The subject and the message are on the clipboard. Paste them into an email.</source>
        <translation>الموضوع والرسالة موجودان في الحافظة. الصقهما في رسالة بريد إلكتروني.</translation>
    </message>
    <message>
        <source>This address cannot be put into an email link: it holds characters such as “&amp;”, “?”, “,” or “;”. Enter one plain address.</source>
        <translation>لا يمكن وضع هذا العنوان في ارتباط بريد إلكتروني: فهو يحتوي على أحرف مثل «&amp;» أو «?» أو «,» أو «;». أدخل عنواناً واحداً فقط.</translation>
    </message>
    <message>
        <source>No mail program opened the email. Use “Copy to clipboard” and paste the text into your email instead.</source>
        <translation>لم يفتح أي برنامج بريد الرسالة. استخدم «نسخ إلى الحافظة» والصق النص في بريدك الإلكتروني بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>The email is open in your mail program. Check it there and send it.</source>
        <translation>الرسالة مفتوحة في برنامج البريد. راجعها هناك وأرسلها.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationDraft</name>
    <message>
        <source>[your company name]</source>
        <translation>[اسم شركتك]</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::LocaleText</name>
    <message>
        <source>%1%</source>
        <comment>percentage; put the percent sign where your language does, with a space if it needs one</comment>
        <translation>%1٪‏</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::MainWindow</name>
    <message>
        <source>PartnerDesk — Sandbox</source>
        <translation>PartnerDesk — بيئة الاختبار</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;عميل جديد</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;فتح عميل</translation>
    </message>
    <message>
        <source>New &amp;order</source>
        <translation>&amp;طلب جديد</translation>
    </message>
    <message>
        <source>Request a &amp;reseller relationship</source>
        <translation>طلب علاقة &amp;موزع</translation>
    </message>
    <message>
        <source>Agreement &amp;template</source>
        <translation>&amp;قالب الاتفاقية</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>إعادة &amp;تحميل</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;الإعدادات</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Search company or domain (Ctrl+F)</source>
        <translation>البحث عن شركة أو مجال (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>البحث عن العملاء</translation>
    </message>
    <message>
        <source>Filter by MCA status</source>
        <translation>التصفية حسب حالة MCA</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Connected to: Sandbox</source>
        <translation>متصل بـ: بيئة الاختبار</translation>
    </message>
    <message>
        <source>Connected to: Partner Center</source>
        <translation>متصل بـ: مركز الشركاء</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2, %3)</source>
        <translation>تم تسجيل الدخول: %1 (%2، %3)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>حدد عميلاً أولاً.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>لا يوجد عملاء</numerusform>
            <numerusform>عميل واحد</numerusform>
            <numerusform>عميلان</numerusform>
            <numerusform>%n عملاء</numerusform>
            <numerusform>%n عميلاً</numerusform>
            <numerusform>%n عميل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 من أصل %n عميل</numerusform>
            <numerusform>%1 من أصل عميل واحد</numerusform>
            <numerusform>%1 من أصل عميلين</numerusform>
            <numerusform>%1 من أصل %n عملاء</numerusform>
            <numerusform>%1 من أصل %n عميلاً</numerusform>
            <numerusform>%1 من أصل %n عميل</numerusform>
        </translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(جارٍ التحميل…)</translation>
    </message>
    <message>
        <source>Co&amp;verage dashboard…</source>
        <translation>&amp;لوحة التغطية…</translation>
    </message>
    <message>
        <source>E&amp;xport evidence…</source>
        <translation>ت&amp;صدير الإثبات…</translation>
    </message>
    <message>
        <source>&amp;Bulk attestation…</source>
        <translation>التصديق الم&amp;جمّع…</translation>
    </message>
    <message>
        <source>Confirm many customers at once from a CSV file, checked row by row first</source>
        <translation>تأكيد عدة عملاء دفعة واحدة من ملف CSV، بعد فحصه صفاً صفاً</translation>
    </message>
    <message>
        <source>Check a CSV file row by row and save it for the partner who confirms</source>
        <translation>فحص ملف CSV صفاً صفاً وحفظه للشريك الذي يتولى التأكيد</translation>
    </message>
    <message>
        <source>Save the evidence records of a period as a PDF report or a JSON file</source>
        <translation>حفظ سجلات الإثبات لفترة ما كتقرير PDF أو ملف JSON</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file</source>
        <translation>سجلات الإثبات غير متاحة: تعذر على PartnerDesk فتح ملف الإثبات</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>العملا&amp;ء</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>التقا&amp;رير</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;الحساب</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>تبديل المستخد&amp;م…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>تسجيل الدخ&amp;ول…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخ&amp;روج</translation>
    </message>
    <message>
        <source>%1
Tenant: %2</source>
        <translation>%1
المستأجر: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NewCustomerWizard</name>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>&amp;Next: Microsoft agreement</source>
        <translation>ال&amp;تالي: الاتفاقية</translation>
    </message>
    <message>
        <source>&amp;Next: Review</source>
        <translation>ال&amp;تالي: المراجعة</translation>
    </message>
    <message>
        <source>Discard the new customer?</source>
        <translation>هل تريد تجاهل العميل الجديد؟</translation>
    </message>
    <message>
        <source>The details you entered for the new customer will be lost.</source>
        <translation>ستُفقد التفاصيل التي أدخلتها للعميل الجديد.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;التالي &gt;</translation>
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
        <translation>Exchange Online (الخطة 1)</translation>
    </message>
    <message>
        <source>Microsoft Teams Essentials</source>
        <translation>Microsoft Teams Essentials</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>New order for %1</source>
        <translation>طلب جديد لـ %1</translation>
    </message>
    <message>
        <source>Before ordering, PartnerDesk checks that the customer accepted the Microsoft Customer Agreement. If nobody has confirmed it and the customer has not accepted it in the Microsoft 365 admin center, you are asked to confirm their acceptance first.</source>
        <translation>قبل الطلب، يتحقق PartnerDesk من أن العميل قبل اتفاقية عملاء Microsoft. إذا لم يؤكد أحد ذلك ولم يقبلها العميل في مركز إدارة Microsoft 365، فسيُطلب منك تأكيد قبوله أولاً.</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>ال&amp;عرض:</translation>
    </message>
    <message>
        <source>&amp;Quantity (licenses):</source>
        <translation>ال&amp;كمية (التراخيص):</translation>
    </message>
    <message>
        <source>&amp;Billing cycle:</source>
        <translation>&amp;دورة الفوترة:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>شهري</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>سنوي</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>دورة الفوترة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>&amp;تقديم الطلب</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The order was not placed: the customer&apos;s acceptance of the Microsoft Customer Agreement is not confirmed.</source>
        <translation>لم يتم تقديم الطلب: قبول العميل لاتفاقية عملاء Microsoft غير مؤكد.</translation>
    </message>
    <message>
        <source>The order was placed.</source>
        <translation>تم تقديم الطلب.</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s acceptance first.</source>
        <translation>أكّد قبول العميل أولاً.</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>جارٍ تقديم الطلب…</translation>
    </message>
    <message>
        <source>Check the customer&apos;s acceptance and place the order (Enter)</source>
        <translation>التحقق من قبول العميل وتقديم الطلب (Enter)</translation>
    </message>
    <message>
        <source>Checking the customer&apos;s acceptance and placing the order…</source>
        <translation>جارٍ التحقق من قبول العميل وتقديم الطلب…</translation>
    </message>
    <message>
        <source>Waiting for the confirmation of the customer&apos;s acceptance…</source>
        <translation>في انتظار تأكيد قبول العميل…</translation>
    </message>
    <message>
        <source>Recording the confirmation, then placing the order…</source>
        <translation>جارٍ تسجيل التأكيد، ثم تقديم الطلب…</translation>
    </message>
    <message>
        <source>Stop; nothing you chose is lost (Esc)</source>
        <translation>إيقاف؛ لن تفقد أي شيء اخترته (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>The order was placed. Order number: %1</source>
        <translation>تم تقديم الطلب. رقم الطلب: %1</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>تم تقديم الطلب</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>Canceled. If the order reached Partner Center before you canceled, it shows among the customer&apos;s subscriptions; check there before ordering again.</source>
        <translation>تم الإلغاء. إذا وصل الطلب إلى مركز الشركاء قبل الإلغاء، فسيظهر ضمن اشتراكات العميل؛ تحقق من ذلك قبل الطلب مرة أخرى.</translation>
    </message>
    <message>
        <source>The order was not placed. %1</source>
        <translation>لم يتم تقديم الطلب. %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerCenterClient</name>
    <message>
        <source>The service address “%1” is not a valid URL.</source>
        <translation>عنوان الخدمة «%1» ليس عنوان URL صالحاً.</translation>
    </message>
    <message>
        <source>PartnerDesk refuses to send your sign-in over plain http to %1. Use an https:// address; plain http is allowed only for this computer (127.0.0.1).</source>
        <translation>يرفض PartnerDesk إرسال بيانات تسجيل الدخول عبر http غير المشفر إلى %1. استخدم عنواناً يبدأ بـ https://؛ ولا يُسمح بـ http العادي إلا لهذا الكمبيوتر (127.0.0.1).</translation>
    </message>
    <message>
        <source>The service address must start with https://.</source>
        <translation>يجب أن يبدأ عنوان الخدمة بـ https://.</translation>
    </message>
    <message>
        <source>The service sent a link to another address; PartnerDesk did not follow it.</source>
        <translation>أرسلت الخدمة ارتباطاً إلى عنوان آخر؛ لم يتبعه PartnerDesk.</translation>
    </message>
    <message>
        <source>The service sent the same page of customers again and again.</source>
        <translation>أرسلت الخدمة صفحة العملاء نفسها مرارًا وتكرارًا.</translation>
    </message>
    <message>
        <source>The service kept sending pages of customers past %L1, more than any partner has.</source>
        <translation>واصلت الخدمة إرسال صفحات العملاء بعد تجاوز %L1، وهو أكثر مما لدى أي شريك.</translation>
    </message>
    <message>
        <source>The service named a next page that is not read with GET.</source>
        <translation>حدّدت الخدمة صفحة تالية لا تُقرأ باستخدام GET.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerConfirmationChannel</name>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>لم يحدد مركز الشركاء قالباً لاتفاقية عملاء Microsoft.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PdfReport</name>
    <message>
        <source>The report could not be laid out.</source>
        <translation>تعذر تخطيط التقرير.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>تعذرت كتابة الملف ‎%1: %2</translation>
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
        <translation>سجّل الدخول أولاً.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can confirm customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>يمكن لوكيل المسؤول أو وكيل المبيعات فقط تأكيد قبول العميل لاتفاقية عملاء Microsoft.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can do this.</source>
        <translation>يمكن لوكيل المسؤول أو وكيل المبيعات فقط القيام بذلك.</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can place orders.</source>
        <translation>يمكن لوكيل المسؤول أو وكيل المبيعات فقط تقديم الطلبات.</translation>
    </message>
    <message>
        <source>Only an Admin agent, a Sales agent or a Global admin can invite customers.</source>
        <translation>يمكن لوكيل المسؤول أو وكيل المبيعات أو المسؤول العام فقط دعوة العملاء.</translation>
    </message>
    <message>
        <source>Your role can view customers and their agreement status, but not change them.</source>
        <translation>يتيح لك دورك عرض العملاء وحالة اتفاقياتهم، ولكن لا يتيح لك تغييرها.</translation>
    </message>
    <message>
        <source>Indirect resellers cannot attest on behalf of their customers. Work with your indirect provider: prepare a confirmation file for them, or invite the customer to accept in the Microsoft 365 admin center.</source>
        <translation>لا يمكن للموزعين غير المباشرين التصديق نيابةً عن عملائهم. تعاون مع الموفر غير المباشر: جهّز له ملف تأكيد، أو ادعُ العميل إلى قبول الاتفاقية في مركز إدارة Microsoft 365.</translation>
    </message>
    <message>
        <source>Only indirect resellers hand confirmations to a provider; you can confirm directly.</source>
        <translation>الموزعون غير المباشرين وحدهم يسلّمون التأكيدات إلى الموفر؛ يمكنك التأكيد مباشرةً.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ReviewPage</name>
    <message>
        <source>Creating the customer was canceled. If Partner Center had already received the request, the customer may exist anyway: check the customer list before you try again.</source>
        <translation>تم إلغاء إنشاء العميل. إذا كان مركز الشركاء قد تلقى الطلب بالفعل، فقد يكون العميل موجوداً على أي حال: تحقق من قائمة العملاء قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The customer was not created. %1</source>
        <translation>لم يتم إنشاء العميل. %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Check the details. To change something, go back. Nothing is created until you select Create customer.</source>
        <translation>تحقق من التفاصيل. لتغيير شيء ما، ارجع إلى الخلف. لن يتم إنشاء أي شيء حتى تحدد «إنشاء العميل».</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>إ&amp;نشاء العميل</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>عنوان الفوترة</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>جهة الاتصال الأساسية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>اتفاقية عملاء Microsoft</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>اسم الشركة:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>اسم المجال:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Company phone:</source>
        <translation>هاتف الشركة:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>عنوان البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>رقم الهاتف:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Culture:</source>
        <translation>الثقافة:</translation>
    </message>
    <message>
        <source>Acceptance:</source>
        <translation>القبول:</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>قبلها:</translation>
    </message>
    <message>
        <source>Acceptance date:</source>
        <translation>تاريخ القبول:</translation>
    </message>
    <message>
        <source>Cancel creating</source>
        <translation>إلغاء الإنشاء</translation>
    </message>
    <message>
        <source>Stops waiting for Partner Center. Nothing you entered is lost.</source>
        <translation>يوقف انتظار مركز الشركاء. لن تفقد أي شيء أدخلته.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>You confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>أنت تؤكد أن العميل قد قبل اتفاقية عملاء Microsoft.</translation>
    </message>
    <message>
        <source>The customer will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Until then, the customer cannot buy.</source>
        <translation>سيُطلب من العميل قبول اتفاقية عملاء Microsoft في مركز إدارة Microsoft 365. ولن يتمكن العميل من الشراء حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>The customer is being created…</source>
        <translation>جارٍ إنشاء العميل…</translation>
    </message>
    <message>
        <source>Go back and correct this: %1</source>
        <translation>ارجع وصحّح ما يلي: %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxAccounts</name>
    <message>
        <source>The sandbox runs on this computer (127.0.0.1) only.</source>
        <translation>تعمل بيئة الاختبار على هذا الكمبيوتر (127.0.0.1) فقط.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxSignInDialog</name>
    <message>
        <source>Sign in to the sandbox</source>
        <translation>تسجيل الدخول إلى بيئة الاختبار</translation>
    </message>
    <message>
        <source>The sandbox imitates Partner Center on this computer. Choose who you are: each demo user has the role and partner type shown, and PartnerDesk enables what that role may do.</source>
        <translation>تحاكي بيئة الاختبار مركز الشركاء على هذا الكمبيوتر. اختر هويتك: لكل مستخدم تجريبي الدور ونوع الشريك المعروضان، ويتيح PartnerDesk ما يُسمح لذلك الدور بفعله.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>المستخدمون التجريبيون</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2، %3</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Session</name>
    <message>
        <source>Admin agent</source>
        <translation>وكيل المسؤول</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <translation>وكيل المبيعات</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <translation>وكيل مكتب المساعدة</translation>
    </message>
    <message>
        <source>Global admin</source>
        <translation>المسؤول العام</translation>
    </message>
    <message>
        <source>Billing admin</source>
        <translation>مسؤول الفوترة</translation>
    </message>
    <message>
        <source>Direct bill partner</source>
        <translation>شريك الفوترة المباشرة</translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation>موفر غير مباشر</translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation>موزع غير مباشر</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Changes take effect when you choose OK or Apply.</source>
        <translation>تسري التغييرات عند اختيار «موافق» أو «تطبيق».</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>Language of PartnerDesk</source>
        <translation>لغة PartnerDesk</translation>
    </message>
    <message>
        <source>More languages arrive with PartnerDesk&apos;s translations.</source>
        <translation>ستتوفر لغات أخرى مع ترجمات PartnerDesk.</translation>
    </message>
    <message>
        <source>Partner &amp;name:</source>
        <translation>ا&amp;سم الشريك:</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>اسم الشريك</translation>
    </message>
    <message>
        <source>Your company&apos;s name, as customers know it</source>
        <translation>اسم شركتك كما يعرفه العملاء</translation>
    </message>
    <message>
        <source>Signs the invitation emails. When it is empty, PartnerDesk uses the name from your sign-in, if there is one.</source>
        <translation>يُستخدم لتوقيع رسائل الدعوة. عندما يكون فارغاً، يستخدم PartnerDesk الاسم من تسجيل الدخول، إن وُجد.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>ال&amp;اتصال:</translation>
    </message>
    <message>
        <source>Sandbox (on this computer, with demo customers)</source>
        <translation>بيئة الاختبار (على هذا الكمبيوتر، مع عملاء تجريبيين)</translation>
    </message>
    <message>
        <source>Partner Center</source>
        <translation>مركز الشركاء</translation>
    </message>
    <message>
        <source>Used when the connection is Partner Center. The role and partner type below apply only when the sign-in does not name them.</source>
        <translation>يُستخدم عندما يكون الاتصال بمركز الشركاء. لا ينطبق الدور ونوع الشريك أدناه إلا عندما لا يحددهما تسجيل الدخول.</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>&amp;عنوان API:</translation>
    </message>
    <message>
        <source>Partner Center API address</source>
        <translation>عنوان API لمركز الشركاء</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>&amp;جهة المصادقة:</translation>
    </message>
    <message>
        <source>Sign-in authority address</source>
        <translation>عنوان جهة المصادقة لتسجيل الدخول</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>ال&amp;مستأجر:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>المستأجر</translation>
    </message>
    <message>
        <source>“organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>«organizations»، أو معرّف مستأجر الشريك الخاص بك أو مجاله.</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>معرّف التطبي&amp;ق (العميل):</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>معرّف التطبيق (العميل)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>Role when the sign-in names none</source>
        <translation>الدور عندما لا يحدد تسجيل الدخول دوراً</translation>
    </message>
    <message>
        <source>Partner t&amp;ype:</source>
        <translation>&amp;نوع الشريك:</translation>
    </message>
    <message>
        <source>Partner type when the sign-in names none</source>
        <translation>نوع الشريك عندما لا يحدده تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>بيئة الاختبار</translation>
    </message>
    <message>
        <source>De&amp;mo customers:</source>
        <translation>العملاء ال&amp;تجريبيون:</translation>
    </message>
    <message>
        <source>Number of demo customers in a new sandbox</source>
        <translation>عدد العملاء التجريبيين في بيئة اختبار جديدة</translation>
    </message>
    <message>
        <source>Re&amp;set sandbox data…</source>
        <translation>إعادة تعيين &amp;بيانات بيئة الاختبار…</translation>
    </message>
    <message>
        <source>Deletes everything in the sandbox and creates the demo customers again.</source>
        <translation>يحذف كل شيء في بيئة الاختبار وينشئ العملاء التجريبيين مرة أخرى.</translation>
    </message>
    <message>
        <source>How many demo customers a new sandbox gets. Resetting the sandbox deletes its customers, confirmations and orders and creates new ones.</source>
        <translation>عدد العملاء التجريبيين الذين تحصل عليهم بيئة الاختبار الجديدة. تؤدي إعادة تعيين بيئة الاختبار إلى حذف عملائها وتأكيداتها وطلباتها وإنشاء عملاء جدد.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الإثبات</translation>
    </message>
    <message>
        <source>&amp;Keep contact data for:</source>
        <translation>الا&amp;حتفاظ ببيانات الاتصال لمدة:</translation>
    </message>
    <message>
        <source>Days to keep contact data in evidence records</source>
        <translation>عدد أيام الاحتفاظ ببيانات الاتصال في سجلات الإثبات</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>دائماً</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>After this many days, names, email addresses and phone numbers are removed from evidence records; the confirmations themselves are kept. The lowest setting, Always, keeps them.</source>
        <translation>بعد هذا العدد من الأيام، تُزال الأسماء وعناوين البريد الإلكتروني وأرقام الهواتف من سجلات الإثبات؛ ويُحتفظ بالتأكيدات نفسها. أدنى إعداد، «دائماً»، يحتفظ بها.</translation>
    </message>
    <message>
        <source>Applying this change restarts the connection: PartnerDesk signs out and connects again.</source>
        <translation>يؤدي تطبيق هذا التغيير إلى إعادة تشغيل الاتصال: يسجل PartnerDesk الخروج ثم يتصل مرة أخرى.</translation>
    </message>
    <message>
        <source>Signing in to Partner Center comes with a later version of PartnerDesk; until then use the sandbox to try it out.</source>
        <translation>سيتوفر تسجيل الدخول إلى مركز الشركاء في إصدار لاحق من PartnerDesk؛ وحتى ذلك الحين استخدم بيئة الاختبار لتجربته.</translation>
    </message>
    <message>
        <source>Enter an address such as https://api.partnercenter.microsoft.com.</source>
        <translation>أدخل عنواناً مثل https://api.partnercenter.microsoft.com.</translation>
    </message>
    <message>
        <source>Enter “organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>أدخل «organizations»، أو معرّف مستأجر الشريك الخاص بك أو مجاله.</translation>
    </message>
    <message>
        <source>A tenant is “organizations”, a tenant ID or a domain such as contoso.onmicrosoft.com.</source>
        <translation>المستأجر هو «organizations» أو معرّف مستأجر أو مجال مثل contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>An application (client) ID looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation>يكون معرّف التطبيق (العميل) بالشكل 00000000-0000-0000-0000-000000000000.</translation>
    </message>
    <message>
        <source>Reset the sandbox?</source>
        <translation>هل تريد إعادة تعيين بيئة الاختبار؟</translation>
    </message>
    <message numerus="yes">
        <source>This deletes every customer, confirmation and order in the sandbox and creates %n new demo customer(s). Partner Center is not affected.</source>
        <translation>
            <numerusform>يؤدي هذا إلى حذف كل العملاء والتأكيدات والطلبات في بيئة الاختبار وإنشاء %n عميل تجريبي جديد. لا يتأثر مركز الشركاء.</numerusform>
            <numerusform>يؤدي هذا إلى حذف كل العملاء والتأكيدات والطلبات في بيئة الاختبار وإنشاء عميل تجريبي جديد واحد. لا يتأثر مركز الشركاء.</numerusform>
            <numerusform>يؤدي هذا إلى حذف كل العملاء والتأكيدات والطلبات في بيئة الاختبار وإنشاء عميلين تجريبيين جديدين. لا يتأثر مركز الشركاء.</numerusform>
            <numerusform>يؤدي هذا إلى حذف كل العملاء والتأكيدات والطلبات في بيئة الاختبار وإنشاء %n عملاء تجريبيين جدد. لا يتأثر مركز الشركاء.</numerusform>
            <numerusform>يؤدي هذا إلى حذف كل العملاء والتأكيدات والطلبات في بيئة الاختبار وإنشاء %n عميلاً تجريبياً جديداً. لا يتأثر مركز الشركاء.</numerusform>
            <numerusform>يؤدي هذا إلى حذف كل العملاء والتأكيدات والطلبات في بيئة الاختبار وإنشاء %n عميل تجريبي جديد. لا يتأثر مركز الشركاء.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::StatusPresentation</name>
    <message>
        <source>Confirmed by partner</source>
        <translation>مؤكد من الشريك</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>مقبول مباشرة</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Your organization confirmed that the customer accepted the Microsoft Customer Agreement.</source>
        <translation>أكدت مؤسستك أن العميل قبل اتفاقية عملاء Microsoft.</translation>
    </message>
    <message>
        <source>The customer accepted the Microsoft Customer Agreement in the Microsoft 365 admin center.</source>
        <translation>قبل العميل اتفاقية عملاء Microsoft في مركز إدارة Microsoft 365.</translation>
    </message>
    <message>
        <source>Neither a partner confirmation nor a direct acceptance exists. Orders for this customer are blocked.</source>
        <translation>لا يوجد تأكيد من الشريك ولا قبول مباشر. الطلبات لهذا العميل محظورة.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>لم يتم التحقق بعد.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::TokenEndpoint</name>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>استجابت خدمة تسجيل الدخول دون رمز مميز.</translation>
    </message>
    <message>
        <source>Demo users sign in to the sandbox on this computer (127.0.0.1) only.</source>
        <translation>يسجل المستخدمون التجريبيون الدخول إلى بيئة الاختبار على هذا الكمبيوتر (127.0.0.1) فقط.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Validation</name>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>Agreement acceptance date</source>
        <translation>تاريخ قبول الاتفاقية</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>اسم الشركة</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>اسم المجال</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>سطر العنوان 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>سطر العنوان 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>الولاية أو المقاطعة</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>البلد/المنطقة</translation>
    </message>
    <message>
        <source>Company phone number</source>
        <translation>رقم هاتف الشركة</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>الثقافة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>استخدم %n حرف كحد أقصى.</numerusform>
            <numerusform>استخدم حرفاً واحداً كحد أقصى.</numerusform>
            <numerusform>استخدم حرفين كحد أقصى.</numerusform>
            <numerusform>استخدم %n أحرف كحد أقصى.</numerusform>
            <numerusform>استخدم %n حرفاً كحد أقصى.</numerusform>
            <numerusform>استخدم %n حرف كحد أقصى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the tabs, line breaks or other control characters.</source>
        <translation>أزل علامات الجدولة أو فواصل الأسطر أو أحرف التحكم الأخرى.</translation>
    </message>
    <message>
        <source>Use only Latin letters (a–z) and digits (0–9).</source>
        <translation>استخدم الأحرف اللاتينية (a–z) والأرقام (0–9) فقط.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that email addresses cannot use.</source>
        <translation>يحتوي الجزء الذي يسبق @ على حرف لا يمكن استخدامه في عناوين البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Names cannot contain digits or symbols such as @, &lt;, &gt; or #.</source>
        <translation>لا يمكن أن تحتوي الأسماء على أرقام أو رموز مثل @ أو &lt; أو &gt; أو #.</translation>
    </message>
    <message>
        <source>Use a culture code such as en-US.</source>
        <translation>استخدم رمز ثقافة مثل en-US.</translation>
    </message>
    <message>
        <source>Use a language code such as en or fr.</source>
        <translation>استخدم رمز لغة مثل en أو fr.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed here.</source>
        <translation>يحتوي هذا على أحرف غير مسموح بها هنا.</translation>
    </message>
    <message>
        <source>Enter a name with at least one letter.</source>
        <translation>أدخل اسماً يحتوي على حرف واحد على الأقل.</translation>
    </message>
    <message>
        <source>An email address needs an @ between the name and the domain, as in name@example.com.</source>
        <translation>يحتاج عنوان البريد الإلكتروني إلى @ بين الاسم والمجال، كما في name@example.com.</translation>
    </message>
    <message>
        <source>An email address can contain only one @.</source>
        <translation>يمكن أن يحتوي عنوان البريد الإلكتروني على @ واحدة فقط.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>لا يمكن أن يحتوي عنوان البريد الإلكتروني على مسافات.</translation>
    </message>
    <message>
        <source>Enter the name before the @.</source>
        <translation>أدخل الاسم الذي يسبق @.</translation>
    </message>
    <message numerus="yes">
        <source>The part before the @ can have at most %n character(s).</source>
        <translation>
            <numerusform>يمكن أن يحتوي الجزء الذي يسبق @ على %n حرف كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي الجزء الذي يسبق @ على حرف واحد كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي الجزء الذي يسبق @ على حرفين كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي الجزء الذي يسبق @ على %n أحرف كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي الجزء الذي يسبق @ على %n حرفاً كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي الجزء الذي يسبق @ على %n حرف كحد أقصى.</numerusform>
        </translation>
    </message>
    <message>
        <source>An email address cannot have a dot right after the @ or at its start.</source>
        <translation>لا يمكن أن يحتوي عنوان البريد الإلكتروني على نقطة مباشرة بعد @ أو في بدايته.</translation>
    </message>
    <message>
        <source>An email address cannot end with a dot or have a dot right before the @.</source>
        <translation>لا يمكن أن ينتهي عنوان البريد الإلكتروني بنقطة أو يحتوي على نقطة مباشرة قبل @.</translation>
    </message>
    <message>
        <source>An email address cannot contain two dots in a row.</source>
        <translation>لا يمكن أن يحتوي عنوان البريد الإلكتروني على نقطتين متتاليتين.</translation>
    </message>
    <message>
        <source>The domain after the @ is incomplete; it looks like example.com.</source>
        <translation>المجال الذي يلي @ غير مكتمل؛ يجب أن يكون مثل example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ is not a valid domain name.</source>
        <translation>المجال الذي يلي @ ليس اسم مجال صالحاً.</translation>
    </message>
    <message numerus="yes">
        <source>An email address can have at most %n character(s).</source>
        <translation>
            <numerusform>يمكن أن يحتوي عنوان البريد الإلكتروني على %n حرف كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي عنوان البريد الإلكتروني على حرف واحد كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي عنوان البريد الإلكتروني على حرفين كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي عنوان البريد الإلكتروني على %n أحرف كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي عنوان البريد الإلكتروني على %n حرفاً كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي عنوان البريد الإلكتروني على %n حرف كحد أقصى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use only digits, spaces, dashes, dots, parentheses and a leading +.</source>
        <translation>استخدم الأرقام والمسافات والشرطات والنقاط والأقواس وعلامة + في البداية فقط.</translation>
    </message>
    <message numerus="yes">
        <source>A phone number needs at least %n digit(s).</source>
        <translation>
            <numerusform>يحتاج رقم الهاتف إلى %n رقم على الأقل.</numerusform>
            <numerusform>يحتاج رقم الهاتف إلى رقم واحد على الأقل.</numerusform>
            <numerusform>يحتاج رقم الهاتف إلى رقمين على الأقل.</numerusform>
            <numerusform>يحتاج رقم الهاتف إلى %n أرقام على الأقل.</numerusform>
            <numerusform>يحتاج رقم الهاتف إلى %n رقماً على الأقل.</numerusform>
            <numerusform>يحتاج رقم الهاتف إلى %n رقم على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A phone number can have at most %n digit(s).</source>
        <translation>
            <numerusform>يمكن أن يحتوي رقم الهاتف على %n رقم كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي رقم الهاتف على رقم واحد كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي رقم الهاتف على رقمين كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي رقم الهاتف على %n أرقام كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي رقم الهاتف على %n رقماً كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي رقم الهاتف على %n رقم كحد أقصى.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a phone number format of the customer&apos;s country.</source>
        <translation>هذا ليس تنسيق رقم هاتف مستخدماً في بلد العميل.</translation>
    </message>
    <message>
        <source>Enter a real date in the form YYYY-MM-DD.</source>
        <translation>أدخل تاريخاً حقيقياً بالتنسيق YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The acceptance date cannot be in the future. Partner Center counts days in UTC, so the latest date allowed now is %1.</source>
        <translation>لا يمكن أن يكون تاريخ القبول في المستقبل. يحسب مركز الشركاء الأيام بالتوقيت العالمي المنسق (UTC)، لذا فإن آخر تاريخ مسموح به الآن هو %1.</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement did not exist yet; use a date from %1 on.</source>
        <translation>لم تكن اتفاقية عملاء Microsoft موجودة بعد؛ استخدم تاريخاً من %1 فصاعداً.</translation>
    </message>
    <message>
        <source>This postal code does not have the format used in the customer&apos;s country.</source>
        <translation>لا يتوافق هذا الرمز البريدي مع التنسيق المستخدم في بلد العميل.</translation>
    </message>
    <message>
        <source>Choose a state or province from the list for this country.</source>
        <translation>اختر ولاية أو مقاطعة من القائمة لهذا البلد.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>استخدم رمز بلد من حرفين مثل US أو DE.</translation>
    </message>
    <message>
        <source>The customer&apos;s country does not support this value; choose one from the list.</source>
        <translation>لا يدعم بلد العميل هذه القيمة؛ اختر قيمة من القائمة.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A Partner Center look-alike on 127.0.0.1 for tests and demos.</source>
        <translation>نسخة مشابهة لمركز الشركاء على 127.0.0.1 للاختبارات والعروض التوضيحية.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation>المنفذ على 127.0.0.1 (0 = أي منفذ متاح).</translation>
    </message>
    <message>
        <source>SQLite file (default: a temporary file removed on exit).</source>
        <translation>ملف SQLite (الافتراضي: ملف مؤقت يُحذف عند الخروج).</translation>
    </message>
    <message>
        <source>Customers to seed into a new database.</source>
        <translation>عدد العملاء المراد إنشاؤهم في قاعدة بيانات جديدة.</translation>
    </message>
    <message>
        <source>Seed of the generated data.</source>
        <translation>البذرة العشوائية للبيانات المُنشأة.</translation>
    </message>
    <message>
        <source>Requests per minute before 429 (0 = no throttling).</source>
        <translation>عدد الطلبات في الدقيقة قبل 429 (0 = دون تقييد).</translation>
    </message>
    <message>
        <source>Access token lifetime.</source>
        <translation>مدة صلاحية رمز الوصول.</translation>
    </message>
    <message>
        <source>Start JSON bodies with a UTF-8 byte-order mark.</source>
        <translation>بدء نصوص JSON بعلامة ترتيب البايت UTF-8.</translation>
    </message>
    <message>
        <source>PartnerDesk: confirm and review customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>PartnerDesk: تأكيد ومراجعة قبول العملاء لاتفاقية عملاء Microsoft.</translation>
    </message>
    <message>
        <source>Use the sandbox whatever Settings say.</source>
        <translation>استخدام بيئة الاختبار بصرف النظر عن الإعدادات.</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>تعذر بدء بيئة الاختبار: %1</translation>
    </message>
    <message>
        <source>Fail this share of /v1 requests, in percent per kind: 429, 500, 503, drop-before, drop-after, slow, malformed, or all (spread evenly); e.g. 429=5,drop-after=2 or all=20.</source>
        <translation>إفشال هذه النسبة من طلبات ‎/v1، بالنسبة المئوية لكل نوع: 429، 500، 503، drop-before، drop-after، slow، malformed، أو all (موزعة بالتساوي)؛ مثال: 429=5,drop-after=2 أو all=20.</translation>
    </message>
    <message>
        <source>Seed of the fault decisions.</source>
        <translation>البذرة العشوائية لقرارات الأعطال.</translation>
    </message>
    <message>
        <source>Retry-After of an injected 429.</source>
        <translation>قيمة Retry-After لاستجابة 429 المُدرجة.</translation>
    </message>
    <message>
        <source>How long a slow answer is held back (past the client&apos;s timeout).</source>
        <translation>مدة حجب الاستجابة البطيئة (بما يتجاوز مهلة العميل).</translation>
    </message>
</context>
</TS>
