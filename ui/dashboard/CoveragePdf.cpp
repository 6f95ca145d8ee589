#include "CoveragePdf.h"

#include "AttentionListModel.h"
#include "CountryCoverageModel.h"
#include "customers/StatusPresentation.h"
#include "reports/PdfReport.h"
#include "util/Clock.h"
#include "widgets/LocaleText.h"

#include <algorithm>

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>

namespace PartnerDesk {

QString CoveragePdf::dateTimeText(const QDateTime& utc)
{
    const QDateTime local = utc.toTimeZone(Clock::instance().timeZone());
    return QLocale().toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
        + QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString CoveragePdf::countText(const StatusCounts& counts, McaStatus status)
{
    return tr("%1 (%2)", "a number of customers and their share")
        .arg(QLocale().toString(counts.count(status)), LocaleText::percent(counts.percent(status), 1));
}

void CoveragePdf::fill(PdfReport& pdf, const Content& content)
{
    const CoverageReport& report = content.report;
    const StatusCounts& totals = report.totals();
    pdf.addMetaLine(tr("Partner"), content.partnerName.isEmpty() ? tr("Not set") : content.partnerName);
    pdf.addMetaLine(tr("Generated"), dateTimeText(content.generatedAtUtc));
    pdf.addMetaLine(tr("Scanned"), dateTimeText(report.scannedAtUtc()));
    pdf.addMetaLine(tr("Customers"), QLocale().toString(totals.total()));

    pdf.addHeading(tr("Microsoft Customer Agreement status"));
    if (!content.chart.isNull())
        pdf.addImage(content.chart, 150);
    QList<QStringList> statusRows;
    for (McaStatus status : StatusCounts::statuses) {
        statusRows.append({StatusPresentation::text(status), QLocale().toString(totals.count(status)),
            LocaleText::percent(totals.percent(status), 1)});
    }
    pdf.addTable({tr("Status"), tr("Customers"), tr("Share")}, statusRows);
    pdf.addParagraph(tr("%Ln customer(s) not confirmed already have purchases: they cannot accept in the "
                        "Microsoft 365 admin center, so your organization must confirm their acceptance.",
        nullptr, totals.notConfirmedWithPurchases()));
    if (report.failedCount() > 0) {
        pdf.addParagraph(tr("%Ln customer(s) could not be read completely; their status may be shown as unknown.",
            nullptr, report.failedCount()));
    }

    pdf.addHeading(tr("By country"));
    QStringList countryHeaders;
    for (int column = 0; column < CountryCoverageModel::ColumnCount; ++column)
        countryHeaders << CountryCoverageModel::headerText(static_cast<CountryCoverageModel::Column>(column));
    CountryCoverageModel countries;
    countries.setCounts(report.byCountry());
    QList<QStringList> countryRows;
    for (int row = 0; row < countries.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < CountryCoverageModel::ColumnCount; ++column)
            cells << countries.index(row, column).data().toString();
        countryRows.append(cells);
    }
    // By name in the reader's language (the model keeps the order of the ISO codes).
    QCollator collator;
    std::sort(countryRows.begin(), countryRows.end(),
        [&collator](const QStringList& a, const QStringList& b) { return collator.compare(a.first(), b.first()) < 0; });
    pdf.addTable(countryHeaders, countryRows);

    const QList<CoverageRow> attention = report.needsAttention();
    pdf.addHeading(tr("Customers that need attention (%1)").arg(QLocale().toString(attention.size())));
    if (attention.isEmpty()) {
        pdf.addParagraph(tr("Every customer is confirmed by your organization or accepted directly."));
        return;
    }
    // The customer ids are in the CSV export; here they would only squeeze the names.
    QList<QStringList> attentionRows;
    for (const CoverageRow& row : attention) {
        attentionRows.append({row.customer.companyName, row.customer.domain,
            row.customer.country.isEmpty() ? QString() : CountryCoverageModel::countryName(row.customer.country),
            StatusPresentation::text(row.customer.status), AttentionListModel::purchasesText(row)});
    }
    pdf.addTable({AttentionListModel::headerText(AttentionListModel::CompanyColumn),
                     AttentionListModel::headerText(AttentionListModel::DomainColumn),
                     AttentionListModel::headerText(AttentionListModel::CountryColumn),
                     AttentionListModel::headerText(AttentionListModel::StatusColumn),
                     AttentionListModel::headerText(AttentionListModel::PurchasesColumn)},
        attentionRows);
}

bool CoveragePdf::write(const QString& path, const Content& content, QString* error)
{
    PdfReport pdf(tr("Microsoft Customer Agreement coverage"));
    fill(pdf, content);
    return pdf.writePdf(path, error);
}

} // namespace PartnerDesk
