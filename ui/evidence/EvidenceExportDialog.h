#pragma once

#include "EvidenceReport.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace PartnerDesk {

class FieldMessage;
class Workspace;

// Exports the evidence records of a period (days in the user's time zone, both included) as
// JSON or PDF: the last 30 days unless chosen otherwise; says how many records were written,
// and writes nothing for a period without records.
class EvidenceExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EvidenceExportDialog(Workspace* workspace, QWidget* parent = nullptr);

    [[nodiscard]] QDate fromDate() const;
    [[nodiscard]] QDate toDate() const;
    [[nodiscard]] EvidenceReport::Format format() const;
    // Checks the period, asks for a file and writes it; false when nothing was written.
    bool exportRecords();
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    // Grows the dialog to the height its layout needs at its width: the word-wrapped intro
    // knows its height only once the width is set.
    void fitHeightToWidth(int width);
    void applyLocale(QDateEdit* edit);
    bool validatePeriod();

    Workspace* m_workspace;
    QLabel* m_introLabel;
    QLabel* m_fromLabel;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    FieldMessage* m_periodMessage;
    QLabel* m_formatLabel;
    QRadioButton* m_json;
    QRadioButton* m_pdf;
    FieldMessage* m_resultMessage;
    QDialogButtonBox* m_buttons;
    QPushButton* m_exportButton;
    bool m_geometryRestored = false;
};

} // namespace PartnerDesk
