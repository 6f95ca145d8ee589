#pragma once

#include "flows/evidence/EvidenceRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <memory>

namespace PartnerDesk {

class PdfReport;
class Workspace;

// Evidence records written out: as JSON (EvidenceStore::toJson, stable English keys) or as a
// PDF report (PdfReport) with the partner, what it covers, when it was made and one table row
// per record. Shared by the customer page and the period export, and the one place that says
// in words what a record's outcome, channel and contact are.
class EvidenceReport
{
    Q_DECLARE_TR_FUNCTIONS(PartnerDesk::EvidenceReport)

public:
    enum class Format {
        Json,
        Pdf,
    };

    // What the export covers: one customer (customerId set), or a period of days.
    struct Scope
    {
        QString customerId;
        QString customerName; // optional, for the report's header
        QDate from; // a period: first and last day, both included
        QDate to;

        [[nodiscard]] bool isCustomer() const { return !customerId.isEmpty(); }
    };

    // Who the report is for and when it was made.
    struct Context
    {
        QString partnerName;
        QDateTime generatedAtUtc;
    };

    // The partner's name (Settings, else the session) and now (Clock::instance()).
    [[nodiscard]] static Context currentContext(const Workspace& workspace);

    // The days [from, to] of `zone` as UTC bounds for EvidenceStore::between: the start of
    // `from` and the start of the day after `to`.
    [[nodiscard]] static std::pair<QDateTime, QDateTime> periodBounds(
        const QDate& from, const QDate& to, const QTimeZone& zone);

    [[nodiscard]] static std::unique_ptr<PdfReport> pdf(
        const QList<EvidenceRecord>& records, const Scope& scope, const Context& context);
    // Written atomically; `error` says why not, in words for the user.
    static bool write(Format format, const QString& path, const QList<EvidenceRecord>& records, const Scope& scope,
        const Context& context, QString* error);

    // "evidence-<customer>-2026-03-01.pdf" or "evidence-2026-02-01-to-2026-03-01.json".
    [[nodiscard]] static QString suggestedFileName(Format format, const Scope& scope, const QDate& today);
    [[nodiscard]] static QString fileFilter(Format format);
    [[nodiscard]] static QString extension(Format format);

    // Texts for people.
    [[nodiscard]] static QString outcomeText(const EvidenceRecord& record); // short: "Failed (HTTP 400, code 600002)"
    [[nodiscard]] static QString outcomeDetails(const EvidenceRecord& record); // with the service's description
    [[nodiscard]] static QString channelText(const QString& channel);
    [[nodiscard]] static QString contactText(const EvidenceRecord& record, const QString& separator);
    [[nodiscard]] static QString contactRemovedText();
    [[nodiscard]] static QString whoText(const EvidenceRecord& record);
    // An id as it must be shown: in a right-to-left language, after a left-to-right mark, or
    // an id that starts with digits ("31194413-e7cc-…") is drawn with its parts reordered.
    [[nodiscard]] static QString idText(const QString& id);
};

} // namespace PartnerDesk
