#pragma once

#include "api/ApiError.h"
#include "flows/Invitation.h"
#include "model/Customer.h"

#include <QObject>
#include <QPointer>

namespace PartnerDesk {

class ApiOperation;
class PartnerCenterClient;
struct Session;

// One invitation being written: its kind, language, template and the values that fill it.
// For a reseller relationship the link comes from Partner Center (fetchLink); for accepting
// the agreement it is the Microsoft 365 admin center's agreement page, known at once.
class InvitationDraft : public QObject
{
    Q_OBJECT

public:
    enum class LinkState {
        Loading,
        Ready,
        Failed,
    };
    Q_ENUM(LinkState)

    InvitationDraft(PartnerCenterClient* client, InvitationKind kind, QObject* parent = nullptr);
    ~InvitationDraft() override;

    [[nodiscard]] InvitationKind kind() const { return m_kind; }

    // Switches to the language's template: the user's saved one, else the shipped one.
    void setLanguage(const QString& language);
    [[nodiscard]] QString language() const { return m_language; }

    // The template being used (with its placeholders); edits here are not kept until saved.
    [[nodiscard]] QString templateText() const { return m_template; }
    void setTemplateText(const QString& text);
    // The shipped template of the language (English when none ships for it).
    [[nodiscard]] QString shippedTemplate() const;
    [[nodiscard]] bool hasSavedTemplate() const;
    // Remembers the current template as the user's own for this kind and language.
    void saveTemplate();
    // Forgets the user's template for this language and goes back to the shipped one.
    void resetTemplate();

    void setPartnerName(const QString& name);
    // Without a partner name the text says "[your company name]" for the user to replace.
    [[nodiscard]] bool hasPartnerName() const { return !m_partnerName.trimmed().isEmpty(); }
    [[nodiscard]] static QString missingPartnerName();
    void setCustomerName(const QString& name);
    void setCredentials(const CustomerCredentials& credentials);
    void setIncludeCredentials(bool include);
    [[nodiscard]] bool hasCredentials() const { return !m_credentials.userName.isEmpty(); }
    // Credentials given and chosen: the text then contains a password.
    [[nodiscard]] bool includesCredentials() const { return m_includeCredentials && hasCredentials(); }

    // ResellerRelationship: asks Partner Center for the relationship link (again after a
    // failure). AcceptAgreement: the link is ready at once.
    void fetchLink();
    void cancelFetch();
    [[nodiscard]] LinkState linkState() const { return m_linkState; }
    [[nodiscard]] const ApiError& linkError() const { return m_linkError; }
    [[nodiscard]] QString link() const { return m_link; }

    // The template filled with the values.
    [[nodiscard]] InvitationText text() const;

    // The partner's name for invitations: the one set in Settings, else the signed-in
    // partner's name from the session.
    [[nodiscard]] static QString partnerNameFor(const Session& session);
    // Subject and body as one plain text (for the clipboard).
    [[nodiscard]] static QString plainText(const InvitationText& text);

Q_SIGNALS:
    void linkStateChanged(PartnerDesk::InvitationDraft::LinkState state);
    // The filled text changed: another template, language, link or value.
    void changed();

private:
    void setLinkState(LinkState state);

    PartnerCenterClient* m_client;
    InvitationKind m_kind;
    QString m_language;
    QString m_template;
    QString m_partnerName;
    QString m_customerName;
    CustomerCredentials m_credentials;
    bool m_includeCredentials = true;
    QString m_link;
    LinkState m_linkState = LinkState::Loading;
    ApiError m_linkError;
    QPointer<ApiOperation> m_operation;
};

} // namespace PartnerDesk
