#include "InvitationDraft.h"

#include "api/PartnerCenterClient.h"
#include "model/Session.h"
#include "util/Settings.h"

#include <QSignalBlocker>

namespace PartnerDesk {

InvitationDraft::InvitationDraft(PartnerCenterClient* client, InvitationKind kind, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
{
    if (m_kind == InvitationKind::AcceptAgreement) {
        m_link = Invitation::adminCenterAgreementUrl().toString();
        m_linkState = LinkState::Ready;
    }
}

InvitationDraft::~InvitationDraft()
{
    // Stop the request without a word: the owner (the composer) is being destroyed too, and a
    // linkStateChanged now would reach it halfway through its destructor.
    const QSignalBlocker quiet(this);
    cancelFetch();
}

void InvitationDraft::setLanguage(const QString& language)
{
    m_language = language;
    m_template = Invitation::templateFor(m_kind, language);
    Q_EMIT changed();
}

void InvitationDraft::setTemplateText(const QString& text)
{
    if (text == m_template)
        return;
    m_template = text;
    Q_EMIT changed();
}

QString InvitationDraft::shippedTemplate() const
{
    return Invitation::defaultTemplate(m_kind, m_language);
}

bool InvitationDraft::hasSavedTemplate() const
{
    return Invitation::templateFor(m_kind, m_language) != shippedTemplate();
}

void InvitationDraft::saveTemplate()
{
    Invitation::saveTemplate(m_kind, m_language, m_template);
}

void InvitationDraft::resetTemplate()
{
    Invitation::resetTemplate(m_kind, m_language);
    setTemplateText(shippedTemplate());
}

void InvitationDraft::setPartnerName(const QString& name)
{
    m_partnerName = name;
    Q_EMIT changed();
}

void InvitationDraft::setCustomerName(const QString& name)
{
    m_customerName = name;
    Q_EMIT changed();
}

void InvitationDraft::setCredentials(const CustomerCredentials& credentials)
{
    m_credentials = credentials;
    Q_EMIT changed();
}

void InvitationDraft::setIncludeCredentials(bool include)
{
    m_includeCredentials = include;
    Q_EMIT changed();
}

void InvitationDraft::fetchLink()
{
    if (m_kind != InvitationKind::ResellerRelationship) {
        setLinkState(LinkState::Ready);
        return;
    }
    cancelFetch();
    m_linkError = {};
    setLinkState(LinkState::Loading);
    m_operation = m_client->relationshipRequest(
        RelationshipRequestOptions{}, this, [this](const Result<RelationshipRequest>& result) {
            m_operation = nullptr;
            if (!result.ok()) {
                m_linkError = result.error();
                setLinkState(LinkState::Failed);
                return;
            }
            m_link = result.value().url;
            setLinkState(LinkState::Ready);
            Q_EMIT changed();
        });
}

void InvitationDraft::cancelFetch()
{
    if (m_operation)
        m_operation->cancel(); // the callback reports Canceled
}

void InvitationDraft::setLinkState(LinkState state)
{
    m_linkState = state;
    Q_EMIT linkStateChanged(state);
}

InvitationText InvitationDraft::text() const
{
    InvitationValues values;
    values.link = m_link;
    values.partnerName = hasPartnerName() ? m_partnerName : missingPartnerName();
    values.customerName = m_customerName;
    if (includesCredentials()) {
        values.userName = m_credentials.userName;
        values.password = m_credentials.password;
    }
    return Invitation::fill(m_template, values);
}

QString InvitationDraft::missingPartnerName()
{
    return tr("[your company name]");
}

QString InvitationDraft::partnerNameFor(const Session& session)
{
    const QString configured = Settings::string(Settings::Key::PartnerName).trimmed();
    return configured.isEmpty() ? session.partnerName : configured;
}

QString InvitationDraft::plainText(const InvitationText& text)
{
    if (text.subject.isEmpty())
        return text.body;
    return text.subject + QStringLiteral("\n\n") + text.body;
}

} // namespace PartnerDesk
