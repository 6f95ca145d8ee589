#pragma once

#include "api/Result.h"
#include "model/Agreement.h"
#include "model/CountryRules.h"

#include <QObject>
#include <QPointer>

class QLocale;

namespace PartnerDesk {

class ApiOperation;
class PartnerCenterClient;

// Where the Microsoft Customer Agreement template comes from: the template id read from the
// agreement metadata (never hard-coded), and a fresh document link for every use, because
// Partner Center's links expire after five minutes and differ on each call.
class AgreementTemplateSource : public QObject
{
    Q_OBJECT

public:
    explicit AgreementTemplateSource(PartnerCenterClient* client, QObject* parent = nullptr);

    // A new document link for the country ("DE") and culture ("de-DE"). Reads the template id
    // first when it is not known yet. Links that are neither https nor loopback are refused.
    ApiOperation* fetchDocument(
        const QString& country, const QString& culture, QObject* context, ResultCallback<AgreementDocument> done);
    // The Microsoft Customer Agreement's template id, once read ("" before).
    [[nodiscard]] QString templateId() const { return m_templateId; }

    // The cultures a country's template is offered in: the country's supported cultures, then
    // en-US (every country has the English template), without duplicates.
    [[nodiscard]] static QStringList documentCultures(const CountryRules& rules);
    // The culture to start with: the UI's own culture, else the UI's language in one of the
    // country's cultures, else the country's default culture, else the first one offered.
    [[nodiscard]] static QString defaultCulture(const CountryRules& rules, const QLocale& uiLocale);
    // "Microsoft-Customer-Agreement-DE-de-DE.docx"
    [[nodiscard]] static QString suggestedFileName(const QString& country, const QString& culture);
    // The newest Microsoft Customer Agreement template in the metadata ("" when none).
    [[nodiscard]] static QString customerAgreementTemplateId(const QList<AgreementMetadata>& metadata);

private:
    PartnerCenterClient* m_client;
    QString m_templateId;
};

} // namespace PartnerDesk
