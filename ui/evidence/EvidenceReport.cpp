#include "EvidenceReport.h"

#include "flows/Workspace.h"
#include "flows/evidence/EvidenceStore.h"
#include "flows/invite/InvitationDraft.h"
#include "reports/PdfReport.h"
#include "util/Clock.h"

#include <QGuiApplication>
#include <QLocale>
#include <QSaveFile>

namespace PartnerDesk {

namespace {

QString utcText(const QDateTime& value)
{
    return value.isValid() ? value.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Keeps file names portable: letters, digits, '-' and '_' only.
QString fileNamePart(const QString& text)
{
    QString part;
    for (const QChar c : text)
        part += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') || c == QLatin1Char('_')
            ? c
            : QLatin1Char('_');
    return part.left(60);
}

} // namespace

EvidenceReport::Context EvidenceReport::currentContext(const Workspace& workspace)
{
    Context context;
    context.partnerName = InvitationDraft::partnerNameFor(workspace.session()).trimmed();
    context.generatedAtUtc = Clock::instance().nowUtc().toUTC();
    return context;
}

std::pair<QDateTime, QDateTime> EvidenceReport::periodBounds(const QDate& from, const QDate& to, const QTimeZone& zone)
{
    return {QDateTime(from, QTime(0, 0), zone).toUTC(), QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC()};
}

std::unique_ptr<PdfReport> EvidenceReport::pdf(
    const QList<EvidenceRecord>& records, const Scope& scope, const Context& context)
{
    const QLocale locale;
    auto report = std::make_unique<PdfReport>(tr("Evidence of Microsoft Customer Agreement confirmations"));
    report->addMetaLine(
        tr("Partner"), context.partnerName.isEmpty() ? tr("(no partner name in Settings)") : context.partnerName);
    if (scope.isCustomer()) {
        report->addMetaLine(tr("Customer"),
            scope.customerName.isEmpty() ? idText(scope.customerId)
                                         : tr("%1 (customer id %2)").arg(scope.customerName, idText(scope.customerId)));
    } else {
        report->addMetaLine(tr("Period"),
            tr("%1 to %2, both included")
                .arg(locale.toString(scope.from, QLocale::LongFormat), locale.toString(scope.to, QLocale::LongFormat)));
    }
    report->addMetaLine(tr("Generated"), tr("%1 UTC").arg(utcText(context.generatedAtUtc)));
    report->addMetaLine(tr("Records"), locale.toString(records.size()));
    report->addParagraph(tr("Each row is one confirmation sent from PartnerDesk and the answer Partner Center gave. "
                            "Times are UTC. The request and correlation ids identify the request to Microsoft "
                            "support. Contact data is removed from records older than the retention period set in "
                            "Settings."));

    // Five columns on A4 portrait: the ids (GUIDs) get a column wide enough for one per line, so
    // each can be read, searched and copied whole.
    const QStringList headers{tr("Recorded (UTC)"), tr("By"), tr("Contact and acceptance date"), tr("Outcome"),
        tr("Customer, request, correlation and template ids")};
    QList<QStringList> rows;
    rows.reserve(records.size());
    const auto orNone = [](const QString& id) { return id.isEmpty() ? tr("none") : idText(id); };
    for (const EvidenceRecord& record : records) {
        const QString contact = contactText(record, QStringLiteral("\n"));
        rows.append(QStringList{
            utcText(record.recordedAtUtc).replace(QLatin1Char(' '), QLatin1Char('\n')),
            whoText(record) + QLatin1Char('\n') + channelText(record.channel),
            (contact.isEmpty() ? QString() : contact + QLatin1Char('\n'))
                + tr("Accepted on %1").arg(isoDate(record.acceptanceDate)),
            outcomeDetails(record),
            QStringList{orNone(record.customerId), orNone(record.requestId), orNone(record.correlationId),
                orNone(record.templateId)}
                .join(QLatin1Char('\n')),
        });
    }
    report->addTable(headers, rows, {11, 18, 19, 12, 40});
    return report;
}

bool EvidenceReport::write(Format format, const QString& path, const QList<EvidenceRecord>& records, const Scope& scope,
    const Context& context, QString* error)
{
    if (format == Format::Pdf)
        return pdf(records, scope, context)->writePdf(path, error);

    const QByteArray json = EvidenceStore::toJson(records);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = tr("The file %1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString EvidenceReport::suggestedFileName(Format format, const Scope& scope, const QDate& today)
{
    const QString base = scope.isCustomer()
        ? QStringLiteral("evidence-%1-%2").arg(fileNamePart(scope.customerId), isoDate(today))
        : QStringLiteral("evidence-%1-to-%2").arg(isoDate(scope.from), isoDate(scope.to));
    return base + QLatin1Char('.') + extension(format);
}

QString EvidenceReport::fileFilter(Format format)
{
    return format == Format::Pdf ? tr("PDF documents (*.pdf)") : tr("JSON files (*.json)");
}

QString EvidenceReport::extension(Format format)
{
    return format == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("json");
}

QString EvidenceReport::outcomeText(const EvidenceRecord& record)
{
    switch (record.outcome) {
    case EvidenceRecord::Outcome::Confirmed:
        return tr("Confirmed");
    case EvidenceRecord::Outcome::AlreadyConfirmed:
        return tr("Already confirmed (code %1)")
            .arg(record.errorCode.isEmpty() ? QStringLiteral("600061") : record.errorCode);
    case EvidenceRecord::Outcome::Failed:
        break;
    }
    if (record.httpStatus > 0 && !record.errorCode.isEmpty())
        return tr("Failed (HTTP %1, code %2)").arg(record.httpStatus).arg(record.errorCode);
    if (record.httpStatus > 0)
        return tr("Failed (HTTP %1)").arg(record.httpStatus);
    if (!record.errorCode.isEmpty())
        return tr("Failed (code %1)").arg(record.errorCode);
    return tr("Failed (no answer from the service)");
}

QString EvidenceReport::outcomeDetails(const EvidenceRecord& record)
{
    const QString summary = outcomeText(record);
    const QString description = record.errorDescription.trimmed();
    if (record.outcome != EvidenceRecord::Outcome::Failed || description.isEmpty())
        return summary;
    return tr("%1: %2").arg(summary, description);
}

QString EvidenceReport::channelText(const QString& channel)
{
    if (channel == QLatin1String("desktop"))
        return tr("PartnerDesk window");
    if (channel == QLatin1String("bulk"))
        return tr("Bulk attestation");
    if (channel == QLatin1String("cli-bulk"))
        return tr("Bulk attestation (command line)");
    return channel;
}

QString EvidenceReport::contactText(const EvidenceRecord& record, const QString& separator)
{
    if (record.contactRemoved())
        return contactRemovedText();
    QStringList parts;
    for (const QString& part : {record.contact.displayName(), record.contact.email, record.contact.phoneNumber}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(separator);
}

QString EvidenceReport::contactRemovedText()
{
    return tr("Removed after the retention period");
}

QString EvidenceReport::idText(const QString& id)
{
    if (id.isEmpty() || QGuiApplication::layoutDirection() != Qt::RightToLeft)
        return id;
    return QChar(0x200E) + id;
}

QString EvidenceReport::whoText(const EvidenceRecord& record)
{
    const QString user = record.userPrincipalName.isEmpty() ? record.userId : record.userPrincipalName;
    return tr("%1 (%2)").arg(user, roleDisplayName(record.role));
}

} // namespace PartnerDesk
