#include "PdfText.h"
#include "reports/PdfReport.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace PartnerDesk;
using PartnerDesk::Test::pdfText;

namespace {

QTextTable* firstTable(QTextDocument* document)
{
    for (QTextFrame* frame : document->rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame))
            return table;
    }
    return nullptr;
}

} // namespace

class TestPdfReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEveryPartInOrder();
    void cellsAreTextNotMarkup();
    void writesAReadablePdf();
    void longTablesBreakAcrossPages();
    void unwritablePathIsReported();
    void rightToLeftFollowsTheUi();
};

void TestPdfReport::keepsEveryPartInOrder()
{
    PdfReport report(QStringLiteral("Coverage report"));
    report.addMetaLine(QStringLiteral("Partner"), QStringLiteral("Contoso Cloud"));
    report.addHeading(QStringLiteral("By country"));
    report.addParagraph(QStringLiteral("Two customers."));
    report.addTable({QStringLiteral("Country"), QStringLiteral("Customers")},
        {{QStringLiteral("TR"), QStringLiteral("1")}, {QStringLiteral("DE"), QStringLiteral("1")}});

    const QString text = report.toPlainText();
    const QStringList expected{QStringLiteral("Coverage report"), QStringLiteral("Partner: Contoso Cloud"),
        QStringLiteral("By country"), QStringLiteral("Two customers."), QStringLiteral("Country"), QStringLiteral("TR"),
        QStringLiteral("DE")};
    qsizetype position = 0;
    for (const QString& part : expected) {
        const qsizetype found = text.indexOf(part, position);
        QVERIFY2(found >= 0, qPrintable(part));
        position = found + part.size();
    }
    QTextTable* table = firstTable(report.document());
    QVERIFY(table);
    QCOMPARE(table->rows(), 3);
    QCOMPARE(table->columns(), 2);
    QCOMPARE(table->format().headerRowCount(), 1);
    QVERIFY2(table->format().topMargin() > 0, "a table keeps a space from the paragraph above it");
}

void TestPdfReport::cellsAreTextNotMarkup()
{
    PdfReport report(QStringLiteral("<b>Title</b>"));
    report.addTable({QStringLiteral("Name")}, {{QStringLiteral("<img src=x>&amp;")}});
    const QString text = report.toPlainText();
    QVERIFY(text.contains(QStringLiteral("<b>Title</b>")));
    QVERIFY(text.contains(QStringLiteral("<img src=x>&amp;")));
}

void TestPdfReport::writesAReadablePdf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));

    QImage chart(400, 200, QImage::Format_RGB32);
    chart.fill(Qt::white);
    {
        QPainter painter(&chart);
        painter.fillRect(QRect(20, 20, 100, 160), QColor(0x2e, 0x7d, 0x32));
    }

    PdfReport report(QStringLiteral("Coverage report"));
    report.addMetaLine(QStringLiteral("Partner"), QStringLiteral("Contoso Cloud"));
    report.addImage(chart, 120);
    report.addTable({QStringLiteral("Customer"), QStringLiteral("Status")},
        {{QStringLiteral("Fabrikam Türkiye"), QStringLiteral("notConfirmed")}});
    QString error;
    QVERIFY2(report.writePdf(path, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));

    QString skip;
    const QString text = pdfText(path, &skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY2(text.contains(QStringLiteral("Contoso Cloud")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Fabrikam Türkiye")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("notConfirmed")), qPrintable(text));
}

void TestPdfReport::longTablesBreakAcrossPages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QList<QStringList> rows;
    for (int i = 0; i < 400; ++i)
        rows.append({QStringLiteral("customer-%1").arg(i), QStringLiteral("confirmedByPartner")});
    PdfReport report(QStringLiteral("Long"));
    report.addTable({QStringLiteral("Customer"), QStringLiteral("Status")}, rows);
    QVERIFY(report.writePdf(path));

    QString skip;
    const QString text = pdfText(path, &skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    // pdftotext separates pages with a form feed; every row is there, the header on each page.
    const qsizetype pages = text.count(QChar(u'\f'));
    QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
    QVERIFY(text.contains(QStringLiteral("customer-0")));
    QVERIFY(text.contains(QStringLiteral("customer-399")));
    QVERIFY(text.count(QStringLiteral("Customer")) >= pages);
}

void TestPdfReport::unwritablePathIsReported()
{
    QTemporaryDir dir;
    PdfReport report(QStringLiteral("Report"));
    QString error;
    QVERIFY(!report.writePdf(dir.filePath(QStringLiteral("missing/folder/report.pdf")), &error));
    QVERIFY(error.contains(QStringLiteral("report.pdf")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/folder/report.pdf"))));
}

void TestPdfReport::rightToLeftFollowsTheUi()
{
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    PdfReport report(QStringLiteral("تقرير"));
    report.addTable({QStringLiteral("العميل"), QStringLiteral("البلد")},
        {{QStringLiteral("فابريكام"), QStringLiteral("SA")}}, {70, 30});
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);

    QCOMPARE(report.document()->defaultTextOption().textDirection(), Qt::RightToLeft);
    QTextTable* table = firstTable(report.document());
    QVERIFY(table);
    QCOMPARE(table->format().layoutDirection(), Qt::RightToLeft);
    // QTextTable does not mirror itself: the first column is inserted last, so it is on the right.
    const auto cellText = [table](int row, int column) {
        QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
        cursor.setPosition(table->cellAt(row, column).lastCursorPosition().position(), QTextCursor::KeepAnchor);
        return cursor.selectedText();
    };
    QCOMPARE(cellText(0, 0), QStringLiteral("البلد"));
    QCOMPARE(cellText(0, 1), QStringLiteral("العميل"));
    QCOMPARE(cellText(1, 1), QStringLiteral("فابريكام"));
    const QList<QTextLength> widths = table->format().columnWidthConstraints();
    QCOMPARE(widths.size(), 2);
    QCOMPARE(widths.at(0).rawValue(), 30.0);
    QCOMPARE(widths.at(1).rawValue(), 70.0);
}

QTEST_MAIN(TestPdfReport)
#include "TestPdfReport.moc"
