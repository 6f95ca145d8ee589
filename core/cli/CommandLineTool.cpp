#include "CommandLineTool.h"

#include "BulkAttestCommand.h"
#include "api/PartnerCenterClient.h"
#include "auth/DeviceCodeSignIn.h"
#include "auth/Jwt.h"
#include "auth/KeptSignIn.h"
#include "auth/OAuthTokenSource.h"
#include "auth/SandboxAccounts.h"
#include "auth/SecretStore.h"
#include "auth/TokenEndpoint.h"
#include "flows/AgreementStatusLoader.h"
#include "flows/AttestationChannel.h"
#include "flows/evidence/EvidenceStore.h"
#include "flows/evidence/RecordingAttestationChannel.h"
#include "util/Logging.h"
#include "validation/PermissionPolicy.h"
#include "validation/Validation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>

#include <memory>

namespace PartnerDesk {

namespace {

QString yesNo(bool value)
{
    // A free function: lupdate needs the context spelled out to match the runtime one.
    return value ? QCoreApplication::translate("PartnerDesk::CommandLineTool", "yes")
                 : QCoreApplication::translate("PartnerDesk::CommandLineTool", "no");
}

bool isLoopback(const QUrl& url)
{
    const QHostAddress address(url.host());
    return url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
}

int exitCodeFor(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Refused:
    case ApiError::Kind::SignInRequired:
        return ExitInvalidInput;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::OutcomeUnknown:
    case ApiError::Kind::Canceled:
        return ExitNetworkFailure;
    case ApiError::Kind::Service:
    case ApiError::Kind::InvalidResponse:
        break;
    }
    return ExitServiceError;
}

QJsonObject contactJson(const Contact& contact)
{
    return QJsonObject{{QLatin1String("firstName"), contact.firstName}, {QLatin1String("lastName"), contact.lastName},
        {QLatin1String("email"), contact.email}, {QLatin1String("phoneNumber"), contact.phoneNumber}};
}

QString companyName(const Customer& customer)
{
    if (!customer.companyProfile.companyName.isEmpty())
        return customer.companyProfile.companyName;
    return customer.billingProfile ? customer.billingProfile->companyName : QString();
}

} // namespace

CommandLineTool::CommandLineTool(QNetworkAccessManager* network, QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_out(out)
    , m_err(err)
    , m_helpers(new QObject(this))
{ }

CommandLineTool::~CommandLineTool() = default;

void CommandLineTool::describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(tr("PartnerDesk command line: Microsoft Customer Agreement operations.")
        + QLatin1Char('\n') + commandSummary());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("api-base"),
            tr("Partner Center address (default: start the embedded sandbox). The token comes from "
               "PARTNERDESK_TOKEN, else from `partnerdesk-cli signin`."),
            tr("URL")},
        {QStringLiteral("authority"),
            tr("Sign-in service (default: https://login.microsoftonline.com; the sandbox's own address for a "
               "sandbox)."),
            tr("URL")},
        {QStringLiteral("tenant"), tr("Your partner tenant: its ID or domain (default: organizations)."), tr("TENANT")},
        {QStringLiteral("client-id"), tr("The application (client) ID registered for PartnerDesk."), tr("ID")},
        {QStringLiteral("format"), tr("Output format: table, json or csv (default: table)."), tr("FORMAT"),
            QStringLiteral("table")},
        {QStringLiteral("locale"), tr("Language of messages, such as tr or de (default: the system's)."), tr("LOCALE")},
        {QStringLiteral("first"), tr("First name of the person who accepted."), tr("NAME")},
        {QStringLiteral("last"), tr("Last name of the person who accepted."), tr("NAME")},
        {QStringLiteral("email"), tr("Email address of the person who accepted."), tr("EMAIL")},
        {QStringLiteral("phone"), tr("Phone number of the person who accepted (optional)."), tr("PHONE")},
        {QStringLiteral("date"), tr("Agreement acceptance date, YYYY-MM-DD."), tr("DATE")},
        {QStringLiteral("dry-run"), tr("Check everything, send nothing.")},
        {QStringLiteral("country"), tr("Country/region, two letters (templates)."), tr("CC")},
        {QStringLiteral("language"), tr("Language of the template, such as de-DE."), tr("LANGUAGE")},
        {QStringLiteral("search"), tr("Only customers whose company name starts with this."), tr("PREFIX")},
        {QStringLiteral("concurrency"),
            tr("Bulk: requests in flight at most (default: %1).").arg(BulkRunOptions::defaultConcurrency), tr("N")},
        {QStringLiteral("rate"),
            tr("Bulk: requests a minute at most (default: %1).").arg(BulkRunOptions::defaultRequestsPerMinute),
            tr("PER_MINUTE")},
        {QStringLiteral("journal"), tr("Bulk: the journal that makes a run resumable (default: beside the results)."),
            tr("FILE")},
        {QStringLiteral("results"), tr("Bulk: the result file (default: beside the input file)."), tr("FILE")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command (see above)."), tr("COMMAND [ARGUMENTS]"));
}

QString CommandLineTool::commandSummary()
{
    return tr("Commands:\n"
              "  signin [--tenant TENANT] [--client-id ID] [--authority URL]\n"
              "  signout\n"
              "  agreement metadata\n"
              "  agreement status CUSTOMER_ID\n"
              "  agreement confirm CUSTOMER_ID --first F --last L --email E [--phone P] --date YYYY-MM-DD [--dry-run]\n"
              "  agreement template [--country CC] [--language ll-CC]\n"
              "  customers list [--search PREFIX]\n"
              "  customers show CUSTOMER_ID\n"
              "  invite link\n"
              "  bulk attest FILE.csv [--dry-run] [--concurrency N] [--rate PER_MINUTE]\n"
              "              [--journal FILE] [--results FILE]\n"
              "Exit codes: 0 success (also \"already confirmed\"), 2 invalid input or refused before sending,\n"
              "3 the service answered with an error, 4 network failure,\n"
              "5 some rows of a bulk file invalid or failed (the other rows done).");
}

std::optional<CliInvocation> CommandLineTool::parse(const QCommandLineParser& parser, QString* error)
{
    CliInvocation invocation;
    invocation.command = parser.positionalArguments();
    if (invocation.command.isEmpty()) {
        *error = tr("Name a command.") + QLatin1Char('\n') + commandSummary();
        return std::nullopt;
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("json"))
        invocation.format = OutputFormat::Json;
    else if (format == QLatin1String("csv"))
        invocation.format = OutputFormat::Csv;
    else if (format == QLatin1String("table"))
        invocation.format = OutputFormat::Table;
    else {
        *error = tr("Unknown format “%1”: use table, json or csv.").arg(format);
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("api-base"))) {
        invocation.apiBase = QUrl(parser.value(QStringLiteral("api-base")), QUrl::StrictMode);
        QString reason;
        if (!PartnerCenterClient::isAllowedBaseUrl(invocation.apiBase, &reason)) {
            *error = reason;
            return std::nullopt;
        }
    }
    invocation.token = qEnvironmentVariable("PARTNERDESK_TOKEN");
    if (parser.isSet(QStringLiteral("authority"))) {
        invocation.authority = QUrl(parser.value(QStringLiteral("authority")), QUrl::StrictMode);
        QString reason;
        if (!PartnerCenterClient::isAllowedBaseUrl(invocation.authority, &reason)) {
            *error = reason;
            return std::nullopt;
        }
    }
    invocation.tenant = parser.value(QStringLiteral("tenant")).trimmed();
    invocation.clientId = parser.value(QStringLiteral("client-id")).trimmed();
    invocation.sandboxUser = qEnvironmentVariable("PARTNERDESK_SANDBOX_USER");
    invocation.firstName = parser.value(QStringLiteral("first"));
    invocation.lastName = parser.value(QStringLiteral("last"));
    invocation.email = parser.value(QStringLiteral("email"));
    invocation.phone = parser.value(QStringLiteral("phone"));
    invocation.date = parser.value(QStringLiteral("date"));
    invocation.dryRun = parser.isSet(QStringLiteral("dry-run"));
    invocation.country = parser.value(QStringLiteral("country"));
    invocation.language = parser.value(QStringLiteral("language"));
    invocation.search = parser.value(QStringLiteral("search"));
    const auto positive = [&parser, error](const QString& name, int maximum, int* value) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        *value = parser.value(name).toInt(&ok);
        if (ok && *value >= 1 && *value <= maximum)
            return true;
        *error = tr("--%1 takes a whole number from 1 to %2.").arg(name).arg(maximum);
        return false;
    };
    if (!positive(QStringLiteral("concurrency"), 64, &invocation.concurrency)
        || !positive(QStringLiteral("rate"), 100000, &invocation.ratePerMinute))
        return std::nullopt;
    invocation.journal = parser.value(QStringLiteral("journal"));
    invocation.results = parser.value(QStringLiteral("results"));
    return invocation;
}

void CommandLineTool::run(const CliInvocation& invocation, std::function<void(int)> finished)
{
    m_invocation = invocation;
    m_finished = std::move(finished);
    const QString command = invocation.command.join(QLatin1Char(' '));
    if (command == QLatin1String("signin"))
        deviceCodeSignIn();
    else if (command == QLatin1String("signout"))
        signOut();
    else
        signIn([this] { dispatch(); });
}

bool CommandLineTool::usesStoredSignIn(const CliInvocation& invocation)
{
    return !isLoopback(invocation.apiBase) || !invocation.clientId.isEmpty();
}

AuthorityConfig CommandLineTool::authorityConfig() const
{
    AuthorityConfig config;
    if (!m_invocation.authority.isEmpty())
        config.authority = m_invocation.authority;
    else if (isLoopback(m_invocation.apiBase))
        config.authority = m_invocation.apiBase; // the sandbox signs in itself
    else
        config.authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    config.tenant = m_invocation.tenant.isEmpty() ? QStringLiteral("organizations") : m_invocation.tenant;
    config.clientId = m_invocation.clientId;
    return config;
}

void CommandLineTool::keepRefreshToken(const QString& refreshToken)
{
    if (!m_secretStore || refreshToken.isEmpty())
        return;
    m_secretStore->write(authorityConfig().secretKey(), refreshToken, this, [this](const SecretStore::Answer& answer) {
        if (!answer.ok())
            m_err << tr("Warning: the new sign-in could not be kept in the secret store (%1).").arg(answer.reason)
                  << '\n';
    });
}

void CommandLineTool::deviceCodeSignIn()
{
    const AuthorityConfig config = authorityConfig();
    if (config.clientId.isEmpty()) {
        fail(ExitInvalidInput, tr("Name the application (client) ID registered for PartnerDesk: --client-id ID."));
        return;
    }
    if (!m_secretStore || !m_secretStore->isPersistent()) {
        fail(ExitInvalidInput,
            tr("This system has no secret store PartnerDesk can use, so a sign-in cannot be kept for later "
               "commands. Set PARTNERDESK_TOKEN for each run instead."));
        return;
    }
    auto* endpoint = new TokenEndpoint(m_network, config, m_helpers);
    auto* signIn = new DeviceCodeSignIn(endpoint, m_helpers);
    connect(signIn, &DeviceCodeSignIn::codeReady, this, [this](const DeviceCodePrompt& prompt) {
        // On standard error: standard output stays for what scripts read.
        m_err << tr("To sign in, open %1 in a browser and enter the code %2. Waiting until %3…")
                     .arg(prompt.verificationUri.toString(), prompt.userCode,
                         QLocale().toString(prompt.expiresAtUtc.toLocalTime().time(), QLocale::ShortFormat))
              << '\n';
        m_err.flush();
    });
    connect(signIn, &DeviceCodeSignIn::connectionChanged, this, [this](bool connected) {
        if (!connected) {
            m_err << tr("No connection to the sign-in service; still waiting.") << '\n';
            m_err.flush();
        }
    });
    connect(signIn, &DeviceCodeSignIn::finished, this, [this, config](const Result<OAuthTokens>& tokens) {
        if (!tokens.ok()) {
            failWith(tokens.error());
            return;
        }
        const Session session = Jwt::sessionFromClaims(
            Jwt::claims(tokens.value().idToken.isEmpty() ? tokens.value().accessToken : tokens.value().idToken));
        const QString refreshToken = tokens.value().refreshToken;
        if (refreshToken.isEmpty()) {
            fail(ExitServiceError,
                tr("The sign-in service gave no refresh token (the offline_access scope), so nothing can be kept."));
            return;
        }
        m_secretStore->write(config.secretKey(), refreshToken, this, [this, session](const SecretStore::Answer& kept) {
            if (!kept.ok()) {
                fail(ExitInvalidInput,
                    tr("The sign-in worked, but the secret store refused to keep it (%1). Set PARTNERDESK_TOKEN "
                       "instead.")
                        .arg(kept.reason));
                return;
            }
            m_out << tr("Signed in as %1 (%2), tenant %3.")
                         .arg(session.displayName, session.userPrincipalName,
                             session.tenantId.isEmpty() ? tr("unknown") : session.tenantId)
                  << '\n';
            succeed();
        });
    });
    signIn->start();
}

void CommandLineTool::signOut()
{
    if (!m_secretStore) {
        fail(ExitInvalidInput,
            tr("This system has no secret store PartnerDesk can use: there is no sign-in to remove."));
        return;
    }
    m_secretStore->remove(authorityConfig().secretKey(), this, [this](const SecretStore::Answer& answer) {
        if (answer.ok())
            m_out << tr("Signed out: the kept sign-in is removed.") << '\n';
        else if (answer.status == SecretStore::Status::NotFound)
            m_out << tr("There was no kept sign-in to remove.") << '\n';
        else if (answer.status == SecretStore::Status::Unavailable)
            m_out << tr("This system has no secret store PartnerDesk can use, so no sign-in was kept.") << '\n';
        else {
            fail(ExitInvalidInput, tr("The secret store could not remove the sign-in (%1).").arg(answer.reason));
            return;
        }
        succeed();
    });
}

void CommandLineTool::signInWithStoredToken(std::function<void()> then)
{
    const AuthorityConfig config = authorityConfig();
    const auto noSignIn
        = [this] { fail(ExitInvalidInput, tr("No token: set PARTNERDESK_TOKEN, or run `partnerdesk-cli signin`.")); };
    if (!m_secretStore || config.clientId.isEmpty()) {
        noSignIn();
        return;
    }
    auto* endpoint = new TokenEndpoint(m_network, config, m_helpers);
    KeptSignIn::restore(m_secretStore, endpoint, this,
        [this, endpoint, then, noSignIn](const Result<OAuthTokens>& tokens, const SecretStore::Answer&) {
            if (!tokens.ok()) {
                const ApiError& error = tokens.error();
                if (error.kind != ApiError::Kind::SignInRequired)
                    failWith(error);
                else if (error.code.isEmpty())
                    noSignIn();
                else {
                    // The service refused the kept sign-in (it is removed): say why, in its words.
                    ApiError refusal = error;
                    refusal.kind = ApiError::Kind::Service;
                    fail(ExitInvalidInput,
                        refusal.message() + QLatin1Char(' ') + tr("Run `partnerdesk-cli signin` again."));
                }
                return;
            }
            auto source = std::make_unique<OAuthTokenSource>(endpoint);
            // The service hands out a new refresh token with each refresh: keep the newest.
            connect(source.get(), &OAuthTokenSource::tokensChanged, this,
                [this, tokenSource = source.get()] { keepRefreshToken(tokenSource->tokens().refreshToken); });
            source->setTokens(tokens.value());
            bool hasRole = false;
            m_session = Jwt::sessionFromClaims(Jwt::claims(tokens.value().accessToken), &hasRole);
            if (!hasRole)
                m_session.reset(); // the service decides
            m_tokens = std::move(source);
            m_client = std::make_unique<PartnerCenterClient>(m_network, m_invocation.apiBase, m_tokens.get());
            m_client->setLocale(QLocale());
            then();
        });
}

void CommandLineTool::signIn(std::function<void()> then)
{
    const QUrl base = m_invocation.apiBase;
    if (!m_invocation.token.isEmpty()) {
        m_tokens = std::make_unique<StaticTokenSource>(m_invocation.token);
        bool hasRole = false;
        m_session = Jwt::sessionFromClaims(Jwt::claims(m_invocation.token), &hasRole);
        if (!hasRole)
            m_session.reset(); // the service decides
        m_client = std::make_unique<PartnerCenterClient>(m_network, base, m_tokens.get());
        m_client->setLocale(QLocale());
        then();
        return;
    }
    if (usesStoredSignIn(m_invocation)) {
        signInWithStoredToken(std::move(then));
        return;
    }
    // The sandbox signs in by itself, as one of its demo users.
    AuthorityConfig authority;
    authority.authority = base;
    authority.tenant = QStringLiteral("organizations");
    authority.clientId = QStringLiteral("partnerdesk-cli");
    auto* endpoint = new TokenEndpoint(m_network, authority, m_helpers);
    auto* accounts = new SandboxAccounts(m_network, base, m_helpers);
    accounts->demoUsers(this, [this, endpoint, then](const Result<QList<DemoUser>>& users) {
        if (!users.ok()) {
            failWith(users.error());
            return;
        }
        QString upn = m_invocation.sandboxUser;
        if (upn.isEmpty()) {
            for (const DemoUser& user : users.value()) {
                if (user.role == Role::AdminAgent && user.partnerType == PartnerType::DirectBill) {
                    upn = user.userPrincipalName;
                    break;
                }
            }
        }
        endpoint->signInDemoUser(upn, this, [this, endpoint, then](const Result<OAuthTokens>& tokens) {
            if (!tokens.ok()) {
                failWith(tokens.error());
                return;
            }
            auto source = std::make_unique<OAuthTokenSource>(endpoint);
            source->setTokens(tokens.value());
            m_session = Jwt::sessionFromClaims(Jwt::claims(tokens.value().accessToken));
            m_tokens = std::move(source);
            m_client = std::make_unique<PartnerCenterClient>(m_network, m_invocation.apiBase, m_tokens.get());
            m_client->setLocale(QLocale());
            then();
        });
    });
}

void CommandLineTool::dispatch()
{
    const QStringList& words = m_invocation.command;
    const QString group = words.value(0);
    const QString verb = words.value(1);
    const auto needsId = [&](auto method) {
        const QString id = words.value(2).trimmed();
        if (id.isEmpty()) {
            fail(ExitInvalidInput, tr("Name the customer: the customer's tenant ID."));
            return;
        }
        (this->*method)(id);
    };
    if (group == QLatin1String("agreement") && verb == QLatin1String("metadata"))
        agreementMetadata();
    else if (group == QLatin1String("agreement") && verb == QLatin1String("status"))
        needsId(&CommandLineTool::agreementStatus);
    else if (group == QLatin1String("agreement") && verb == QLatin1String("confirm"))
        needsId(&CommandLineTool::agreementConfirm);
    else if (group == QLatin1String("agreement") && verb == QLatin1String("template"))
        agreementTemplate();
    else if (group == QLatin1String("customers") && verb == QLatin1String("list"))
        customersList();
    else if (group == QLatin1String("customers") && verb == QLatin1String("show"))
        needsId(&CommandLineTool::customersShow);
    else if (group == QLatin1String("invite") && verb == QLatin1String("link"))
        inviteLink();
    else if (group == QLatin1String("bulk") && verb == QLatin1String("attest") && words.size() == 3)
        bulkAttest(words.at(2));
    else
        fail(ExitInvalidInput,
            tr("Unknown command “%1”.").arg(words.join(QLatin1Char(' '))) + QLatin1Char('\n') + commandSummary());
}

QJsonObject CommandLineTool::agreementJson(const Agreement& agreement) const
{
    return QJsonObject{{QLatin1String("templateId"), agreement.templateId}, {QLatin1String("type"), agreement.type},
        {QLatin1String("dateAgreed"), agreement.acceptanceDate().toString(Qt::ISODate)},
        {QLatin1String("primaryContact"), contactJson(agreement.primaryContact)},
        {QLatin1String("agreementLink"), agreement.agreementLink}};
}

void CommandLineTool::agreementMetadata()
{
    m_client->agreementMetadata(QString(AgreementTypes::MicrosoftCustomerAgreement), this,
        [this](const Result<QList<AgreementMetadata>>& result) {
            if (!result.ok()) {
                failWith(result.error());
                return;
            }
            QList<QStringList> rows;
            QJsonArray json;
            for (const AgreementMetadata& m : result.value()) {
                rows << QStringList{m.templateId, m.agreementType, m.agreementLink, QString::number(m.versionRank)};
                json.append(QJsonObject{{QLatin1String("templateId"), m.templateId},
                    {QLatin1String("agreementType"), m.agreementType},
                    {QLatin1String("agreementLink"), m.agreementLink}, {QLatin1String("versionRank"), m.versionRank}});
            }
            OutputWriter(m_out, m_invocation.format)
                .writeRecords({{QStringLiteral("templateId"), tr("Template ID")},
                                  {QStringLiteral("agreementType"), tr("Agreement type")},
                                  {QStringLiteral("agreementLink"), tr("Link")},
                                  {QStringLiteral("versionRank"), tr("Version rank")}},
                    rows, json);
            succeed();
        });
}

void CommandLineTool::agreementStatus(const QString& customerId)
{
    AgreementStatusLoader::load(
        m_client.get(), customerId, this, [this, customerId](const Result<AgreementStatus>& result) {
            if (!result.ok()) {
                failWith(result.error());
                return;
            }
            const AgreementStatus& status = result.value();
            // Every confirmation, newest first.
            QList<Agreement> agreements = status.agreements;
            std::stable_sort(agreements.begin(), agreements.end(),
                [](const Agreement& a, const Agreement& b) { return a.dateAgreed > b.dateAgreed; });
            QJsonArray list;
            QList<QStringList> rows;
            for (const Agreement& agreement : agreements) {
                list.append(agreementJson(agreement));
                rows << QStringList{agreement.acceptanceDate().toString(Qt::ISODate), agreement.type,
                    agreement.primaryContact.displayName(), agreement.primaryContact.email,
                    agreement.primaryContact.phoneNumber, agreement.templateId};
            }
            const QJsonObject json{{QLatin1String("customerId"), customerId},
                {QLatin1String("partnerConfirmed"), status.partnerConfirmed()},
                {QLatin1String("directSigned"), status.directSigned()},
                {QLatin1String("canTransact"), status.canTransact()}, {QLatin1String("agreements"), list}};
            if (m_invocation.format == OutputFormat::Json) {
                OutputWriter(m_out, OutputFormat::Json).writeObject({}, {}, json);
            } else if (m_invocation.format == OutputFormat::Csv) {
                OutputWriter(m_out, OutputFormat::Csv)
                    .writeRecords({{QStringLiteral("dateAgreed"), {}}, {QStringLiteral("type"), {}},
                                      {QStringLiteral("name"), {}}, {QStringLiteral("email"), {}},
                                      {QStringLiteral("phoneNumber"), {}}, {QStringLiteral("templateId"), {}}},
                        rows, list);
            } else {
                OutputWriter(m_out, OutputFormat::Table)
                    .writeObject({{QStringLiteral("customerId"), tr("Customer")},
                                     {QStringLiteral("partnerConfirmed"), tr("Confirmed by partner")},
                                     {QStringLiteral("directSigned"), tr("Accepted directly")},
                                     {QStringLiteral("canTransact"), tr("May buy")}},
                        {customerId, yesNo(status.partnerConfirmed()), yesNo(status.directSigned()),
                            yesNo(status.canTransact())},
                        json);
                if (!rows.isEmpty()) {
                    m_out << '\n';
                    OutputWriter(m_out, OutputFormat::Table)
                        .writeRecords(
                            {{QStringLiteral("dateAgreed"), tr("Date agreed")}, {QStringLiteral("type"), tr("Type")},
                                {QStringLiteral("name"), tr("Accepted by")}, {QStringLiteral("email"), tr("Email")},
                                {QStringLiteral("phoneNumber"), tr("Phone")},
                                {QStringLiteral("templateId"), tr("Template ID")}},
                            rows, list);
                }
            }
            succeed();
        });
}

void CommandLineTool::agreementConfirm(const QString& customerId)
{
    const Contact contact{m_invocation.firstName, m_invocation.lastName, m_invocation.email, m_invocation.phone};

    // 1. What can be checked without the network.
    ValidationResult local = Validation::validateContact(contact);
    local.add(Validation::validate(Field::AcceptanceDate, m_invocation.date));
    if (!local.isValid()) {
        QStringList lines;
        for (const FieldResult& problem : local.problems())
            lines << Validation::fieldName(problem.field) + QStringLiteral(": ") + problem.message();
        fail(ExitInvalidInput, lines.join(QLatin1Char('\n')));
        return;
    }
    // 2. The signed-in role, when known.
    if (m_session) {
        const PermissionDecision decision = PermissionPolicy(*m_session).decide(Action::Attest);
        if (!decision.isAllowed()) {
            fail(ExitInvalidInput, decision.explanation());
            return;
        }
    }
    const QDate date = QDate::fromString(m_invocation.date, Qt::ISODate);

    // 3. The customer's country rules decide the phone format.
    m_client->customer(customerId, this, [this, customerId, contact, date](const Result<Customer>& customer) {
        if (!customer.ok()) {
            failWith(customer.error());
            return;
        }
        const auto attest = [this, customerId, contact, date](const std::optional<CountryRules>& rules) {
            const ValidationContext context{rules ? &*rules : nullptr, nullptr};
            const FieldResult phone = Validation::validate(Field::PhoneNumber, contact.phoneNumber, context);
            if (!phone.isValid()) {
                fail(ExitInvalidInput,
                    Validation::fieldName(Field::PhoneNumber) + QStringLiteral(": ") + phone.message());
                return;
            }
            if (m_invocation.dryRun) {
                Agreement planned;
                planned.primaryContact = Validation::normalized(contact);
                planned.type = QString(AgreementTypes::MicrosoftCustomerAgreement);
                planned.setAcceptanceDate(date);
                const QJsonObject json{{QLatin1String("customerId"), customerId},
                    {QLatin1String("outcome"), QLatin1String("valid")},
                    {QLatin1String("agreement"), agreementJson(planned)}};
                if (m_invocation.format == OutputFormat::Json)
                    OutputWriter(m_out, OutputFormat::Json).writeObject({}, {}, json);
                else
                    m_out << tr("Valid: nothing was sent (dry run).") << '\n';
                succeed();
                return;
            }
            confirmationChannel()->attest(AttestationRequest{customerId, contact, date}, this,
                [this, customerId](const Result<AgreementConfirmation>& result) {
                    if (!result.ok()) {
                        failWith(result.error());
                        return;
                    }
                    const bool already = result.value().outcome == AgreementConfirmation::Outcome::AlreadyConfirmed;
                    const QJsonObject json{{QLatin1String("customerId"), customerId},
                        {QLatin1String("outcome"),
                            already ? QLatin1String("alreadyConfirmed") : QLatin1String("confirmed")},
                        {QLatin1String("agreement"), agreementJson(result.value().agreement)}};
                    if (m_invocation.format == OutputFormat::Json)
                        OutputWriter(m_out, OutputFormat::Json).writeObject({}, {}, json);
                    else
                        m_out << (already ? tr("Already confirmed: Partner Center has this confirmation.")
                                          : tr("Confirmed."))
                              << '\n';
                    succeed();
                });
        };
        const QString country = customer.value().country();
        if (country.isEmpty()) {
            attest(std::nullopt);
            return;
        }
        m_client->countryRules(country, this, [attest](const Result<CountryRules>& rules) {
            // Without rules the permissive international check applies.
            attest(rules.ok() ? std::optional<CountryRules>(rules.value()) : std::nullopt);
        });
    });
}

AttestationChannel* CommandLineTool::confirmationChannel()
{
    if (!m_confirmationChannel) {
        m_confirmationChannel = std::make_unique<PartnerConfirmationChannel>(m_client.get());
        // The evidence record, in the same store as the window's and `bulk attest`'s; a
        // confirmation never depends on it.
        QString evidenceError;
        m_recordingChannel = RecordingAttestationChannel::inDefaultStore(
            m_confirmationChannel.get(), m_evidence, m_session, QStringLiteral("cli"), &evidenceError);
        if (!m_recordingChannel)
            qCWarning(lcFlows) << "confirmation without an evidence record: the store did not open:" << evidenceError;
    }
    return m_recordingChannel ? m_recordingChannel.get() : m_confirmationChannel.get();
}

void CommandLineTool::agreementTemplate()
{
    const QString country = m_invocation.country.trimmed().toUpper();
    if (!country.isEmpty() && Validation::validate(Field::Country, country).code != ValidationCode::Valid) {
        fail(ExitInvalidInput, tr("Use a two-letter country code such as US or DE."));
        return;
    }
    m_client->agreementMetadata(QString(AgreementTypes::MicrosoftCustomerAgreement), this,
        [this, country](const Result<QList<AgreementMetadata>>& metadata) {
            if (!metadata.ok()) {
                failWith(metadata.error());
                return;
            }
            if (metadata.value().isEmpty()) {
                fail(ExitServiceError, tr("Partner Center did not name a Microsoft Customer Agreement template."));
                return;
            }
            const QString templateId = metadata.value().constFirst().templateId;
            m_client->agreementDocument(templateId, m_invocation.language, country, this,
                [this, templateId](const Result<AgreementDocument>& document) {
                    if (!document.ok()) {
                        failWith(document.error());
                        return;
                    }
                    const AgreementDocument& d = document.value();
                    OutputWriter(m_out, m_invocation.format)
                        .writeObject({{QStringLiteral("templateId"), tr("Template ID")},
                                         {QStringLiteral("country"), tr("Country/region")},
                                         {QStringLiteral("language"), tr("Language")},
                                         {QStringLiteral("displayUri"), tr("Open")},
                                         {QStringLiteral("downloadUri"), tr("Download")}},
                            {templateId, d.country, d.language, d.displayUri, d.downloadUri},
                            QJsonObject{{QLatin1String("templateId"), templateId},
                                {QLatin1String("country"), d.country}, {QLatin1String("language"), d.language},
                                {QLatin1String("displayUri"), d.displayUri},
                                {QLatin1String("downloadUri"), d.downloadUri}});
                    succeed();
                });
        });
}

void CommandLineTool::customersList()
{
    // Every page, following links.next; the list grows in memory (ids and names only).
    auto customers = std::make_shared<QList<Customer>>();
    auto handlePage = std::make_shared<std::function<void(const Result<Page<Customer>>&)>>();
    *handlePage = [this, customers, handlePage](const Result<Page<Customer>>& page) {
        if (!page.ok()) {
            *handlePage = nullptr;
            failWith(page.error());
            return;
        }
        customers->append(page.value().items);
        if (page.value().next && !page.value().items.isEmpty()) {
            m_client->nextCustomers(*page.value().next, this, *handlePage);
            return;
        }
        *handlePage = nullptr; // break the cycle
        QList<QStringList> rows;
        QJsonArray json;
        for (const Customer& c : std::as_const(*customers)) {
            const QString relationship = relationshipToWire(c.relationshipToPartner);
            rows << QStringList{c.id, companyName(c), c.companyProfile.domain, relationship};
            json.append(QJsonObject{{QLatin1String("id"), c.id}, {QLatin1String("companyName"), companyName(c)},
                {QLatin1String("domain"), c.companyProfile.domain},
                {QLatin1String("relationshipToPartner"), relationship}});
        }
        OutputWriter(m_out, m_invocation.format)
            .writeRecords({{QStringLiteral("id"), tr("Customer ID")}, {QStringLiteral("companyName"), tr("Company")},
                              {QStringLiteral("domain"), tr("Domain")},
                              {QStringLiteral("relationshipToPartner"), tr("Relationship")}},
                rows, json);
        succeed();
    };
    constexpr int pageSize = 500;
    if (m_invocation.search.isEmpty())
        m_client->customers(pageSize, this, *handlePage);
    else
        m_client->searchCustomers(CustomerSearchField::CompanyName, m_invocation.search, pageSize, this, *handlePage);
}

void CommandLineTool::customersShow(const QString& customerId)
{
    m_client->customer(customerId, this, [this](const Result<Customer>& result) {
        if (!result.ok()) {
            failWith(result.error());
            return;
        }
        const Customer& c = result.value();
        const BillingProfile billing = c.billingProfile.value_or(BillingProfile{});
        const Address& a = billing.defaultAddress;
        QJsonObject json{{QLatin1String("id"), c.id}, {QLatin1String("companyName"), companyName(c)},
            {QLatin1String("domain"), c.companyProfile.domain},
            {QLatin1String("relationshipToPartner"), relationshipToWire(c.relationshipToPartner)},
            {QLatin1String("country"), c.country()}, {QLatin1String("culture"), billing.culture},
            {QLatin1String("language"), billing.language}};
        json.insert(QLatin1String("billingProfile"),
            QJsonObject{{QLatin1String("firstName"), billing.firstName}, {QLatin1String("lastName"), billing.lastName},
                {QLatin1String("email"), billing.email}, {QLatin1String("addressLine1"), a.addressLine1},
                {QLatin1String("addressLine2"), a.addressLine2}, {QLatin1String("city"), a.city},
                {QLatin1String("state"), a.state}, {QLatin1String("postalCode"), a.postalCode},
                {QLatin1String("country"), a.country}, {QLatin1String("phoneNumber"), a.phoneNumber}});
        OutputWriter(m_out, m_invocation.format)
            .writeObject({{QStringLiteral("id"), tr("Customer ID")}, {QStringLiteral("companyName"), tr("Company")},
                             {QStringLiteral("domain"), tr("Domain")},
                             {QStringLiteral("relationshipToPartner"), tr("Relationship")},
                             {QStringLiteral("country"), tr("Country/region")},
                             {QStringLiteral("primaryContact"), tr("Primary contact")},
                             {QStringLiteral("email"), tr("Email")}, {QStringLiteral("address"), tr("Address")}},
                {c.id, companyName(c), c.companyProfile.domain, relationshipToWire(c.relationshipToPartner),
                    c.country(), Contact{billing.firstName, billing.lastName, {}, {}}.displayName(), billing.email,
                    QStringList{a.addressLine1, a.addressLine2, a.postalCode, a.city, a.state, a.country}
                        .filter(QRegularExpression(QStringLiteral("\\S")))
                        .join(QStringLiteral(", "))},
                json);
        succeed();
    });
}

void CommandLineTool::inviteLink()
{
    m_client->relationshipRequest({}, this, [this](const Result<RelationshipRequest>& result) {
        if (!result.ok()) {
            failWith(result.error());
            return;
        }
        OutputWriter(m_out, m_invocation.format)
            .writeObject({{QStringLiteral("url"), tr("Link")}}, {result.value().url},
                QJsonObject{{QLatin1String("url"), result.value().url}});
        succeed();
    });
}

void CommandLineTool::bulkAttest(const QString& file)
{
    BulkAttestOptions options;
    options.filePath = file;
    options.dryRun = m_invocation.dryRun;
    if (m_invocation.concurrency > 0)
        options.concurrency = m_invocation.concurrency;
    if (m_invocation.ratePerMinute > 0)
        options.requestsPerMinute = m_invocation.ratePerMinute;
    options.journalPath = m_invocation.journal;
    options.resultsPath = m_invocation.results;
    options.format = m_invocation.format;
    auto* command = new BulkAttestCommand(m_client.get(), m_session, m_out, m_err, m_helpers);
    command->run(options, [this](int exitCode) {
        if (m_finished)
            std::exchange(m_finished, nullptr)(exitCode);
    });
}

void CommandLineTool::fail(int exitCode, const QString& message)
{
    m_err << message << '\n';
    m_err.flush();
    if (m_finished)
        std::exchange(m_finished, nullptr)(exitCode);
}

void CommandLineTool::failWith(const ApiError& error)
{
    QString text = error.message();
    if (!error.requestId.isEmpty())
        text += QLatin1Char('\n') + tr("Request ID: %1, correlation ID: %2").arg(error.requestId, error.correlationId);
    fail(exitCodeFor(error), text);
}

void CommandLineTool::succeed()
{
    m_out.flush();
    if (m_finished)
        std::exchange(m_finished, nullptr)(ExitSuccess);
}

} // namespace PartnerDesk
