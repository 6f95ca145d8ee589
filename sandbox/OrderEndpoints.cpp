#include "sandbox/OrderEndpoints.h"

#include "sandbox/AgreementCatalog.h"
#include "sandbox/AgreementStore.h"
#include "sandbox/CustomerStore.h"
#include "sandbox/JsonInput.h"
#include "sandbox/OrderStore.h"
#include "sandbox/PartnerErrors.h"
#include "sandbox/Randomness.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SeedVocabulary.h"
#include "sandbox/WireFormat.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

QJsonObject subscriptionJson(const SubscriptionRecord& subscription)
{
    QJsonObject object{
        {u"id"_s, subscription.id},
        {u"offerId"_s, subscription.offerId},
        {u"offerName"_s, subscription.offerName},
        {u"friendlyName"_s, subscription.friendlyName},
        {u"quantity"_s, subscription.quantity},
        {u"unitType"_s, u"Licenses"_s},
        {u"creationDate"_s, subscription.creationDate},
        {u"effectiveStartDate"_s, subscription.creationDate},
        {u"autoRenewEnabled"_s, true},
        {u"status"_s, subscription.status},
        {u"billingCycle"_s, subscription.billingCycle},
        {u"isTrial"_s, false},
        {u"links"_s,
            QJsonObject{{u"self"_s,
                WireFormat::link(
                    u"/customers/"_s + subscription.customerId + u"/subscriptions/"_s + subscription.id)}}},
        {u"attributes"_s, WireFormat::attributes(u"Subscription"_s)},
    };
    if (!subscription.orderId.isEmpty())
        object.insert(u"orderId"_s, subscription.orderId);
    return object;
}

} // namespace

OrderEndpoints::OrderEndpoints(SandboxContext& context)
    : m_context(context)
{ }

void OrderEndpoints::registerRoutes(Router& router)
{
    router.add("POST", u"/v1/customers/{customerId}/orders"_s, RouteAccess::PartnerToken,
        [this](const RouteCall& call) { return placeOrder(call); });
    router.add("GET", u"/v1/customers/{customerId}/subscriptions"_s, RouteAccess::PartnerToken,
        [this](const RouteCall& call) { return subscriptions(call); });
}

SandboxResponse OrderEndpoints::subscriptions(const RouteCall& call)
{
    const QString customerId = call.parameter(u"customerId"_s).toLower();
    if (!m_context.customers->exists(customerId))
        return PartnerErrors::tenantNotFound();
    QJsonArray items;
    const QList<SubscriptionRecord> subscriptions = m_context.orders->subscriptions(customerId);
    for (const SubscriptionRecord& subscription : subscriptions)
        items.append(subscriptionJson(subscription));
    return SandboxResponse::json(
        200, WireFormat::collection(items, u"/customers/"_s + customerId + u"/subscriptions"_s));
}

SandboxResponse OrderEndpoints::placeOrder(const RouteCall& call)
{
    if (!call.caller.mayOrder())
        return PartnerErrors::roleNotAllowed();
    const QString customerId = call.parameter(u"customerId"_s).toLower();
    const std::optional<CustomerRecord> customer = m_context.customers->find(customerId);
    if (!customer)
        return PartnerErrors::tenantNotFound();
    QString parseError;
    const std::optional<QJsonObject> body = JsonInput::parseObject(call.request.body, &parseError);
    if (!body)
        return PartnerErrors::bodyNotJson(parseError);

    using namespace JsonInput;
    FieldProblems problems;
    const QJsonValue lineItemsValue = member(*body, u"lineItems");
    if (!lineItemsValue.isArray() || lineItemsValue.toArray().isEmpty()) {
        return PartnerErrors::invalidProperty(u"lineItems"_s, u"is required and must hold at least one line item"_s);
    }
    const QJsonArray lineItems = lineItemsValue.toArray();
    QString billingCycle = stringMember(*body, u"billingCycle", u"billingCycle"_s, &problems).toLower();
    if (billingCycle.isEmpty())
        billingCycle = u"monthly"_s;

    struct Line
    {
        int number = -1;
        const SeedOffer* offer = nullptr;
        QString offerId;
        int quantity = 0;
        QString friendlyName;
        QString partnerIdOnRecord;
    };
    QList<Line> lines;
    QSet<int> numbers;
    for (qsizetype i = 0; i < lineItems.size(); ++i) {
        const QString path = u"lineItems[%1]"_s.arg(i);
        const QJsonObject item = lineItems.at(i).toObject();
        Line line;
        const QJsonValue number = member(item, u"lineItemNumber");
        if (!number.isDouble())
            problems.append({path + u".lineItemNumber"_s, u"is required and must be a number"_s});
        line.number = number.toInt(-1);
        line.offerId = requiredString(item, u"offerId", path + u".offerId"_s, &problems);
        const QJsonValue quantity = member(item, u"quantity");
        line.quantity = quantity.toInt(0);
        if (!quantity.isDouble() || line.quantity < 1)
            problems.append({path + u".quantity"_s, u"is required and must be at least 1"_s});
        line.friendlyName = stringMember(item, u"friendlyName", path + u".friendlyName"_s, &problems);
        line.partnerIdOnRecord = stringMember(item, u"partnerIdOnRecord", path + u".partnerIdOnRecord"_s, &problems);
        numbers.insert(line.number);
        lines.append(line);
    }
    if (!problems.isEmpty())
        return PartnerErrors::invalidProperties(problems);
    // Distinct numbers, each in 0..count-1: exactly the numbers 0 to count-1.
    bool numbersValid = numbers.size() == lines.size();
    for (const int number : std::as_const(numbers))
        numbersValid = numbersValid && number >= 0 && number < lines.size();
    if (!numbersValid) {
        return PartnerErrors::error(400, PartnerErrors::LineItemNumbersInvalid,
            u"Line Item number should be from 0 to number of line items count"_s, {u"lineItems"_s});
    }
    for (Line& line : lines) {
        line.offer = m_context.vocabulary->findOffer(line.offerId);
        if (!line.offer)
            return PartnerErrors::error(400, PartnerErrors::InvalidOfferId, u"Invalid offer ID"_s, {line.offerId});
    }

    const bool confirmed = m_context.agreements->hasConfirmation(customerId, AgreementCatalog::customerAgreementType());
    if (!confirmed && !customer->directSigned) {
        return PartnerErrors::error(403, PartnerErrors::MicrosoftCustomerAgreementMissing,
            u"Either a partner confirmation of the customer acceptance of the Microsoft Customer Agreement must be "
            "provided or the customer must accept the Microsoft Customer Agreement in the Microsoft Admin Center "
            "before you can complete this purchase"_s);
    }

    OrderRecord order;
    order.id = Randomness::guid();
    order.customerId = customerId;
    order.billingCycle = billingCycle;
    order.currencyCode = m_context.vocabulary->currencyOf(customer->billingProfile.defaultAddress.country);
    order.creationDate = WireFormat::isoUtc(QDateTime::currentDateTimeUtc());
    order.requestId = call.requestId;
    const QString customerPath = u"/customers/"_s + customerId;
    QList<SubscriptionRecord> subscriptions;
    for (const Line& line : std::as_const(lines)) {
        SubscriptionRecord subscription;
        subscription.id = Randomness::guid();
        subscription.customerId = customerId;
        subscription.orderId = order.id;
        subscription.offerId = line.offer->offerId;
        subscription.offerName = line.offer->offerName;
        subscription.friendlyName = line.friendlyName.isEmpty() ? line.offer->offerName : line.friendlyName;
        subscription.quantity = line.quantity;
        subscription.billingCycle = billingCycle;
        subscription.creationDate = order.creationDate;
        subscriptions.append(subscription);

        QJsonObject item{
            {u"lineItemNumber"_s, line.number},
            {u"offerId"_s, subscription.offerId},
            {u"subscriptionId"_s, subscription.id},
            {u"friendlyName"_s, subscription.friendlyName},
            {u"quantity"_s, subscription.quantity},
            {u"links"_s,
                QJsonObject{
                    {u"subscription"_s, WireFormat::link(customerPath + u"/subscriptions/"_s + subscription.id)}}},
        };
        if (!line.partnerIdOnRecord.isEmpty())
            item.insert(u"partnerIdOnRecord"_s, line.partnerIdOnRecord);
        order.lineItems.append(item);
    }
    QString storeError;
    if (!m_context.orders->placeOrder(order, subscriptions, &storeError))
        return PartnerErrors::error(500, 800005, u"Create order isn't successful"_s);

    const QString orderPath = customerPath + u"/orders/"_s + order.id;
    return SandboxResponse::json(201,
        QJsonObject{
            {u"id"_s, order.id},
            {u"referenceCustomerId"_s, customerId},
            {u"billingCycle"_s, order.billingCycle},
            {u"lineItems"_s, order.lineItems},
            {u"currencyCode"_s, order.currencyCode},
            {u"creationDate"_s, order.creationDate},
            {u"status"_s, order.status},
            {u"links"_s,
                QJsonObject{
                    {u"provisioningStatus"_s, WireFormat::link(orderPath + u"/provisioningstatus"_s)},
                    {u"self"_s, WireFormat::link(orderPath)},
                }},
            {u"attributes"_s, WireFormat::attributes(u"Order"_s, Randomness::etag())},
        });
}

} // namespace PartnerDesk::Sandbox
