#pragma once

#include "model/Session.h"

#include <QMainWindow>

class QLabel;
class QTableView;

namespace PartnerDesk {

// The main window: the customer list and a status bar that says where PartnerDesk is
// connected and who is signed in.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Connection {
        Sandbox,
        PartnerCenter,
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void setConnection(Connection connection);
    void setSession(const Session& session);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QTableView* m_customerView = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    Connection m_connection = Connection::Sandbox;
    Session m_session;
};

} // namespace PartnerDesk
