#include "AgreementTemplateSource.h"

#include "api/ChainOperation.h"
#include "api/PartnerCenterClient.h"
#include "util/Paths.h"

#include <QLocale>
#include <QUrl>

#include <optional>

namespace PartnerDesk {

namespace {

// A link is opened in the browser or downloaded: only https (or this computer).
std::optional<ApiError> checkLinks(const AgreementDocument& document)
{
    for (const QString& uri : {document.displayUri, document.downloadUri}) {
        QString reason;
        if (!PartnerCenterClient::isAllowedBaseUrl(QUrl(uri, QUrl::StrictMode), &reason)) {
            return ApiError::refused(
                AgreementTemplateSource::tr("Partner Center sent a template link PartnerDesk will not open. %1")
                    .arg(reason));
        }
    }
    return std::nullopt;
}

} // namespace

AgreementTemplateSource::AgreementTemplateSource(PartnerCenterClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiOperation* AgreementTemplateSource::fetchDocument(
    const QString& country, const QString& culture, QObject* context, ResultCallback<AgreementDocument> done)
{
    auto* chain = new ChainOperation(context, m_client);
    QPointer<AgreementTemplateSource> self(this);
    PartnerCenterClient* client = m_client;
    auto fetch = [client, chain, country, culture, done](const QString& templateId) {
        chain->setCurrent(client->agreementDocument(
            templateId, culture, country, chain, [chain, done](const Result<AgreementDocument>& document) {
                if (document.ok()) {
                    if (const std::optional<ApiError> refused = checkLinks(document.value())) {
                        chain->complete<AgreementDocument>(done, *refused);
                        return;
                    }
                }
                chain->complete<AgreementDocument>(done, document);
            }));
    };
    if (!m_templateId.isEmpty()) {
        fetch(m_templateId);
        return chain;
    }
    chain->setCurrent(m_client->agreementMetadata(QString(AgreementTypes::MicrosoftCustomerAgreement), chain,
        [self, chain, done, fetch](const Result<QList<AgreementMetadata>>& metadata) {
            if (!metadata.ok()) {
                chain->complete<AgreementDocument>(done, metadata.error());
                return;
            }
            const QString templateId = customerAgreementTemplateId(metadata.value());
            if (templateId.isEmpty()) {
                chain->complete<AgreementDocument>(
                    done, ApiError::refused(tr("Partner Center lists no Microsoft Customer Agreement template.")));
                return;
            }
            if (self)
                self->m_templateId = templateId;
            fetch(templateId);
        }));
    return chain;
}

QStringList AgreementTemplateSource::documentCultures(const CountryRules& rules)
{
    QStringList cultures;
    const auto add = [&cultures](const QString& culture) {
        const QString trimmed = culture.trimmed();
        if (trimmed.isEmpty())
            return;
        for (const QString& known : std::as_const(cultures)) {
            if (known.compare(trimmed, Qt::CaseInsensitive) == 0)
                return;
        }
        cultures << trimmed;
    };
    for (const QString& culture : rules.supportedCulturesList)
        add(culture);
    if (cultures.isEmpty())
        add(rules.defaultCulture);
    add(QStringLiteral("en-US"));
    return cultures;
}

QString AgreementTemplateSource::defaultCulture(const CountryRules& rules, const QLocale& uiLocale)
{
    const QStringList cultures = documentCultures(rules);
    const QString uiCulture = uiLocale.name().replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const QString& culture : cultures) {
        if (culture.compare(uiCulture, Qt::CaseInsensitive) == 0)
            return culture;
    }
    const QString uiLanguage = uiCulture.section(QLatin1Char('-'), 0, 0);
    for (const QString& culture : cultures) {
        if (culture.section(QLatin1Char('-'), 0, 0).compare(uiLanguage, Qt::CaseInsensitive) == 0)
            return culture;
    }
    for (const QString& culture : cultures) {
        if (culture.compare(rules.defaultCulture, Qt::CaseInsensitive) == 0)
            return culture;
    }
    return cultures.value(0);
}

QString AgreementTemplateSource::suggestedFileName(const QString& country, const QString& culture)
{
    // The country and culture may come from the service's answer: they stay part of one name.
    return Paths::safeFileName(
        QStringLiteral("Microsoft-Customer-Agreement-%1-%2.docx")
            .arg(Paths::safeFileName(country, QString()), Paths::safeFileName(culture, QString())));
}

QString AgreementTemplateSource::customerAgreementTemplateId(const QList<AgreementMetadata>& metadata)
{
    const AgreementMetadata* newest = nullptr;
    for (const AgreementMetadata& entry : metadata) {
        if (entry.agreementType.compare(AgreementTypes::MicrosoftCustomerAgreement, Qt::CaseInsensitive) != 0
            || entry.templateId.isEmpty())
            continue;
        if (!newest || entry.versionRank > newest->versionRank)
            newest = &entry;
    }
    return newest ? newest->templateId : QString();
}

} // namespace PartnerDesk
