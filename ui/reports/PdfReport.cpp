#include "PdfReport.h"

#include <algorithm>

#include <QBuffer>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextImageFormat>
#include <QTextLength>
#include <QTextOption>
#include <QTextTable>
#include <QTextTableFormat>
#include <QUrl>

namespace PartnerDesk {

namespace {

constexpr int resolutionDpi = 300;
constexpr double pointsPerMillimetre = 72.0 / 25.4;
// A4 portrait minus QTextDocument::print's 2 cm margins on each side, in points.
constexpr double textWidthMillimetres = 210.0 - 2 * 20.0;

class PdfReportText
{
    Q_DECLARE_TR_FUNCTIONS(PartnerDesk::PdfReport)
};

QTextCharFormat textFormat(double pointSize, bool bold = false)
{
    QTextCharFormat format;
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

QTextBlockFormat blockFormat(double topMargin, double bottomMargin)
{
    QTextBlockFormat format;
    format.setTopMargin(topMargin);
    format.setBottomMargin(bottomMargin);
    format.setLayoutDirection(QGuiApplication::layoutDirection());
    return format;
}

} // namespace

PdfReport::PdfReport(const QString& title)
    : m_document(std::make_unique<QTextDocument>())
{
    m_document->setDocumentMargin(0);
    // No ligatures where a script does not need them: "ff" in an id or "fi" in a word would
    // otherwise be one glyph, and the PDF's text would not read, search or copy as written. Qt
    // leaves them out for a font with letter spacing (1/64 pixel here, the smallest it keeps),
    // yet still joins the scripts that need it, such as Arabic. (PreferNoShaping would not.)
    QFont font = m_document->defaultFont();
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    m_document->setDefaultFont(font);
    QTextOption option = m_document->defaultTextOption();
    option.setTextDirection(QGuiApplication::layoutDirection());
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    m_document->setMetaInformation(QTextDocument::DocumentTitle, title);

    QTextCursor cursor(m_document.get());
    cursor.setBlockFormat(blockFormat(0, 6));
    cursor.setBlockCharFormat(textFormat(18, true));
    cursor.insertText(title);
}

PdfReport::~PdfReport() = default;

void PdfReport::addMetaLine(const QString& label, const QString& value)
{
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(blockFormat(0, 0), textFormat(10));
    // The pattern places the label and the colon as the language does ("%1 : %2" in French).
    const QString pattern = PdfReportText::tr("%1: %2", "report line: a label, then its value");
    const qsizetype labelAt = pattern.indexOf(QLatin1String("%1"));
    const qsizetype valueAt = pattern.indexOf(QLatin1String("%2"));
    if (labelAt < 0 || valueAt < labelAt) { // a broken translation: keep both parts readable
        cursor.insertText(label, textFormat(10, true));
        cursor.insertText(QStringLiteral(": "), textFormat(10, true));
        cursor.insertText(value, textFormat(10));
        return;
    }
    cursor.insertText(pattern.left(labelAt), textFormat(10, true));
    cursor.insertText(label, textFormat(10, true));
    cursor.insertText(pattern.mid(labelAt + 2, valueAt - labelAt - 2), textFormat(10, true));
    cursor.insertText(value, textFormat(10));
    cursor.insertText(pattern.mid(valueAt + 2), textFormat(10));
}

void PdfReport::addHeading(const QString& text)
{
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(blockFormat(14, 4), textFormat(13, true));
    cursor.insertText(text);
}

void PdfReport::addParagraph(const QString& text)
{
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(blockFormat(4, 4), textFormat(10));
    cursor.insertText(text);
}

void PdfReport::addImage(const QImage& image, double widthMillimetres)
{
    if (image.isNull())
        return;
    const QString name = QStringLiteral("partnerdesk-report-image:%1").arg(++m_imageCount);
    m_document->addResource(QTextDocument::ImageResource, QUrl(name), image);

    // Points are the document's units when it is printed: scale the image to the width asked.
    const double width = std::min(widthMillimetres, textWidthMillimetres) * pointsPerMillimetre;
    QTextImageFormat format;
    format.setName(name);
    format.setWidth(width);
    format.setHeight(width * image.height() / std::max(1, image.width()));

    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat block = blockFormat(6, 6);
    block.setAlignment(Qt::AlignHCenter);
    cursor.insertBlock(block, textFormat(10));
    cursor.insertImage(format);
}

void PdfReport::addTable(
    const QStringList& headers, const QList<QStringList>& rows, const QList<int>& columnPercentages)
{
    const int columns = static_cast<int>(headers.size());
    if (columns == 0)
        return;

    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(blockFormat(4, 0), textFormat(9));

    // QTextTable ignores its layout direction: in a right-to-left language the columns are
    // inserted in reverse order, so the first column is on the right.
    const bool rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    const auto columnAt = [columns, rightToLeft](int column) { return rightToLeft ? columns - 1 - column : column; };

    QTextTableFormat format;
    format.setTopMargin(8); // apart from a paragraph above it
    format.setHeaderRowCount(1);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(0.5);
    format.setBorderBrush(QColor(0x9e, 0x9e, 0x9e));
    format.setBorderCollapse(true);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setLayoutDirection(QGuiApplication::layoutDirection());
    if (columnPercentages.size() == columns) {
        QList<QTextLength> widths;
        for (int column = 0; column < columns; ++column)
            widths.append(QTextLength(QTextLength::PercentageLength, columnPercentages.at(columnAt(column))));
        format.setColumnWidthConstraints(widths);
    }

    QTextTable* table = cursor.insertTable(static_cast<int>(rows.size()) + 1, columns, format);
    const auto fill = [table, columnAt](int row, int column, const QString& text, const QTextCharFormat& charFormat) {
        QTextCursor cell = table->cellAt(row, columnAt(column)).firstCursorPosition();
        cell.insertText(text, charFormat);
    };

    const QTextCharFormat headerFormat = textFormat(8.5, true);
    for (int column = 0; column < columns; ++column) {
        QTextTableCellFormat cellFormat;
        cellFormat.setBackground(QColor(0xe8, 0xea, 0xed));
        table->cellAt(0, column).setFormat(cellFormat);
        fill(0, column, headers.at(column), headerFormat);
    }
    const QTextCharFormat cellFormat = textFormat(8.5);
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList& values = rows.at(row);
        for (int column = 0; column < columns && column < values.size(); ++column)
            fill(row + 1, column, values.at(column), cellFormat);
    }
}

bool PdfReport::writePdf(const QString& path, QString* error) const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(resolutionDpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setTitle(m_document->metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QCoreApplication::applicationName());
        // print() paginates a copy of the document with 2 cm margins and numbers the pages.
        m_document->print(&writer);
    }
    if (bytes.isEmpty()) {
        if (error)
            *error = PdfReportText::tr("The report could not be laid out.");
        return false;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = PdfReportText::tr("The file %1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString PdfReport::toPlainText() const
{
    return m_document->toPlainText();
}

} // namespace PartnerDesk
