#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace PartnerDesk {

class FieldMessage;

// PartnerDesk's settings: language, connection (the sandbox or Partner Center, with Partner
// Center's addresses and the role to assume when the sign-in names none), the partner name
// used in invitations, the sandbox's size and reset, and how long evidence keeps contact data.
// Values are read from and written to Settings; OK and Apply refuse invalid addresses.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Writes the values if they are valid; false (with the problems shown) otherwise.
    bool apply();
    void accept() override;
    void done(int result) override;

Q_SIGNALS:
    // The language was changed and applied: a locale name ("tr", "pt_BR"), or "" to follow the
    // system.
    void languageChanged(const QString& localeName);
    // The connection must be restarted: another connection, or other Partner Center settings
    // while connected to Partner Center.
    void connectionChanged();
    // The user confirmed that the sandbox's data is to be deleted and seeded again.
    void resetSandboxRequested();
    // How long evidence records keep contact data was changed and applied: records older than
    // the new period lose it now.
    void evidenceRetentionChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void load();
    bool validate(bool showProblems);
    bool checkUrl(QLineEdit* edit, FieldMessage* message, bool showProblem);
    bool checkTenant(bool showProblem);
    bool checkClientId(bool showProblem);
    void updateConnectionNote();
    void updateDirty();
    void resetSandbox();
    [[nodiscard]] QString connectionKey() const;

    QLabel* m_intro;
    QGroupBox* m_generalGroup;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_partnerNameLabel;
    QLineEdit* m_partnerName;
    QLabel* m_partnerNameNote;

    QGroupBox* m_connectionGroup;
    QLabel* m_connectionLabel;
    QComboBox* m_connection;
    FieldMessage* m_connectionMessage;
    QGroupBox* m_partnerCenterGroup;
    QLabel* m_partnerCenterNote;
    QLabel* m_apiLabel;
    QLineEdit* m_api;
    FieldMessage* m_apiMessage;
    QLabel* m_authorityLabel;
    QLineEdit* m_authority;
    FieldMessage* m_authorityMessage;
    QLabel* m_tenantLabel;
    QLineEdit* m_tenant;
    FieldMessage* m_tenantMessage;
    QLabel* m_clientIdLabel;
    QLineEdit* m_clientId;
    FieldMessage* m_clientIdMessage;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    QLabel* m_partnerTypeLabel;
    QComboBox* m_partnerType;

    QGroupBox* m_sandboxGroup;
    QLabel* m_seedLabel;
    QSpinBox* m_seed;
    QPushButton* m_resetSandbox;
    QLabel* m_sandboxNote;

    QGroupBox* m_evidenceGroup;
    QLabel* m_retentionLabel;
    QSpinBox* m_retention;
    QLabel* m_retentionNote;

    QDialogButtonBox* m_buttons;
    bool m_loading = false;
};

} // namespace PartnerDesk
