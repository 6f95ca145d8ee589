#pragma once

#include "sandbox/AgreementRecord.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace PartnerDesk::Sandbox {

class SandboxDatabase;

// Partner confirmations of customer acceptance, in the order they were recorded.
class AgreementStore
{
public:
    explicit AgreementStore(SandboxDatabase& database);

    // All records of the customer, or only those of `type` (exact, as stored).
    [[nodiscard]] QList<AgreementRecord> list(const QString& customerId, const std::optional<QString>& type) const;
    [[nodiscard]] bool hasConfirmation(const QString& customerId, const QString& type) const;
    // Same customer, type, first name, last name, email and phone number, compared
    // case-sensitively (Partner Center's rule for 600061).
    [[nodiscard]] bool isDuplicate(const AgreementRecord& agreement) const;
    bool insert(const AgreementRecord& agreement, QString* errorMessage);

    [[nodiscard]] qint64 count() const;
    // Records beyond the first with the same customer, type and contact (always 0 unless a
    // bug let a duplicate in).
    [[nodiscard]] qint64 duplicateCount() const;

    [[nodiscard]] static QString insertStatement();
    [[nodiscard]] static QVariantList insertValues(const AgreementRecord& agreement);
    // Stored as UTC with milliseconds, "2019-08-26T00:00:00.000Z".
    [[nodiscard]] static QString storedDate(const QDateTime& dateTime);

private:
    SandboxDatabase& m_database;
};

} // namespace PartnerDesk::Sandbox
