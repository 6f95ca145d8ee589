#pragma once

#include "flows/coverage/CoverageReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>

namespace PartnerDesk {

class PdfReport;

// The coverage report as a PDF: partner, when it was generated and scanned, the chart, the
// numbers, the table by country and the customers that need attention.
class CoveragePdf
{
    Q_DECLARE_TR_FUNCTIONS(PartnerDesk::CoveragePdf)

public:
    struct Content
    {
        CoverageReport report;
        QString partnerName;
        QDateTime generatedAtUtc;
        QImage chart;
    };

    static void fill(PdfReport& pdf, const Content& content);
    static bool write(const QString& path, const Content& content, QString* error);
    // "1 March 2026 14:30" in the UI language and the user's time zone.
    [[nodiscard]] static QString dateTimeText(const QDateTime& utc);
    // "80 (40%)"
    [[nodiscard]] static QString countText(const StatusCounts& counts, McaStatus status);
};

} // namespace PartnerDesk
