#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace PartnerDesk {

// A printable report (the coverage report, evidence exports): a title, a few "label: value"
// lines (partner, date, period), headings, paragraphs, images (a chart) and tables, laid out
// on A4 pages with page numbers and written as a PDF. Text direction follows the UI language.
// Built as text, not painted, so the PDF's text can be searched and read back.
class PdfReport
{
public:
    explicit PdfReport(const QString& title);
    ~PdfReport();
    PdfReport(const PdfReport&) = delete;
    PdfReport& operator=(const PdfReport&) = delete;

    void addMetaLine(const QString& label, const QString& value);
    void addHeading(const QString& text);
    void addParagraph(const QString& text);
    // Scaled to `widthMillimetres` on the page (at most the text width), aspect kept.
    void addImage(const QImage& image, double widthMillimetres);
    // Header row repeated on every page; cells are plain text (nothing is read as markup).
    // `columnPercentages`, when given for every column, fixes each column's share of the width
    // (so a column of long ids stays wide enough for one id per line); otherwise the layout
    // shares the width by content.
    void addTable(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& columnPercentages = {});

    // Written atomically (nothing half-written is left behind); `error` says why it failed,
    // in words for the user.
    bool writePdf(const QString& path, QString* error = nullptr) const;
    // The report as plain text, in order (for tests and previews).
    [[nodiscard]] QString toPlainText() const;
    [[nodiscard]] QTextDocument* document() const { return m_document.get(); }

private:
    std::unique_ptr<QTextDocument> m_document;
    int m_imageCount = 0;
};

} // namespace PartnerDesk
