#pragma once

#include "api/ApiError.h"
#include "model/Contact.h"
#include "model/Order.h"

#include <QDate>
#include <QObject>
#include <QPointer>

namespace PartnerDesk {

class ApiOperation;
class Workspace;

// Placing an order, never for a customer who has not accepted the Microsoft Customer
// Agreement: the status is read first; without a partner confirmation or a direct acceptance
// the flow asks for the confirmation (confirmationNeeded), records it, then orders. A 403/13605
// from the service leads to the same question.
class OrderFlow : public QObject
{
    Q_OBJECT

public:
    enum class Reason {
        NotConfirmed, // the status said so before ordering
        ServiceRefused // the service answered 13605
    };
    Q_ENUM(Reason)

    OrderFlow(Workspace* workspace, QString customerId, QObject* parent = nullptr);

    void start(const Order& order);
    // Answer to confirmationNeeded: attest with this contact and date, then order.
    void confirmAndPlace(const Contact& contact, const QDate& acceptanceDate);
    void cancel();
    [[nodiscard]] bool isBusy() const { return !m_current.isNull(); }

Q_SIGNALS:
    void confirmationNeeded(PartnerDesk::OrderFlow::Reason reason);
    void orderPlaced(const PartnerDesk::Order& order);
    // The confirmation was refused (the form stays open with the message).
    void confirmationFailed(const PartnerDesk::ApiError& error);
    void failed(const PartnerDesk::ApiError& error);
    void busyChanged(bool busy);

private:
    void place(bool afterConfirmation);
    void setCurrent(ApiOperation* operation);

    Workspace* m_workspace;
    QString m_customerId;
    Order m_order;
    QPointer<ApiOperation> m_current;
};

} // namespace PartnerDesk
