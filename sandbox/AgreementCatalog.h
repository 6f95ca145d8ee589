#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace PartnerDesk::Sandbox {

struct AgreementTemplate
{
    QString templateId;
    QString agreementType;
    QString agreementLink;
    int versionRank = 0;
    bool acceptsConfirmations = false; // the Cloud Agreement template is "no longer supported"
    bool hasDocuments = false;
};

// Agreement templates and the document languages per country, compiled in from
// resources/sandbox/agreementtemplates.json.
class AgreementCatalog
{
public:
    bool load(QString* errorMessage);

    [[nodiscard]] const QList<AgreementTemplate>& templates() const { return m_templates; }
    // Template ids are case-sensitive (the docs say so for the document endpoint).
    [[nodiscard]] const AgreementTemplate* findTemplate(const QString& templateId) const;
    [[nodiscard]] const AgreementTemplate* findByType(const QString& agreementType) const;
    // Country codes are case-sensitive; empty when the country has no documents.
    [[nodiscard]] QStringList documentLanguages(const QString& country) const;

    [[nodiscard]] static QString customerAgreementType() { return QStringLiteral("MicrosoftCustomerAgreement"); }
    [[nodiscard]] static QString cloudAgreementType() { return QStringLiteral("MicrosoftCloudAgreement"); }

private:
    QList<AgreementTemplate> m_templates;
    QHash<QString, QStringList> m_documentLanguages;
};

} // namespace PartnerDesk::Sandbox
