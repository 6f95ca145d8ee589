#pragma once

#include "EvidenceReport.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace PartnerDesk {

class EvidenceTableModel;
class FieldMessage;
class Workspace;

// One customer's evidence records on the customer page, newest first, with the selected
// record's outcome and its request and correlation ids in copyable fields, and the export of
// the customer's records as JSON or PDF. Follows the workspace: a record added for this
// customer or contact data removed after the retention period shows at once.
class CustomerEvidenceWidget : public QWidget
{
    Q_OBJECT

public:
    CustomerEvidenceWidget(Workspace* workspace, const QString& customerId, QWidget* parent = nullptr);

    // Reads the customer's records from the store again.
    void refresh();
    // The company name for the report's header (the id alone until it is known).
    void setCustomerName(const QString& name);
    [[nodiscard]] int recordCount() const;
    [[nodiscard]] bool isStoreAvailable() const;
    // Asks for a file and writes the customer's records; the result is said under the buttons.
    void exportRecords(EvidenceReport::Format format);

Q_SIGNALS:
    // The records were read again (their number may have changed).
    void recordsChanged();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void showState();
    void showSelected();
    // Column widths from their content and header (see the constructor).
    void fitColumns();

    Workspace* m_workspace;
    QString m_customerId;
    QString m_customerName;
    EvidenceTableModel* m_model;

    QLabel* m_introLabel;
    FieldMessage* m_stateMessage;
    QTableView* m_view;
    bool m_fittingColumns = false;
    bool m_columnsResizedByUser = false;
    QLabel* m_outcomeCaption;
    QLabel* m_outcomeValue;
    QLabel* m_requestIdCaption;
    QLineEdit* m_requestId;
    QLabel* m_correlationIdCaption;
    QLineEdit* m_correlationId;
    QPushButton* m_exportJsonButton;
    QPushButton* m_exportPdfButton;
    FieldMessage* m_exportMessage;
};

} // namespace PartnerDesk
