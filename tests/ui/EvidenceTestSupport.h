#pragma once

// Shared by the evidence GUI tests: a private data folder (so the evidence file holds only
// what the test wrote), the text of a PDF, and what the sandbox saw of a request.

#include "PdfText.h"
#include "SandboxFixture.h"
#include "flows/evidence/EvidenceRecord.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace PartnerDesk::Test {

// Points the test-mode data folder (where the workspace opens evidence.sqlite) at a fresh
// temporary folder: QStandardPaths reads HOME on every call, so workspaces created afterwards
// use it. Without this, the evidence file would be shared with other test runs.
inline void usePrivateHome(const QTemporaryDir& home)
{
    qputenv("HOME", QFile::encodeName(home.path()));
}

// The text of a PDF (PdfText.h) with all white space removed, so that a value wrapped across
// lines in a table cell still reads as one. Empty with `skipReason` set when pdftotext is missing.
inline QString pdfTextWithoutSpaces(const QString& pdfPath, QString* skipReason)
{
    QString text = pdfText(pdfPath, skipReason);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

inline QString withoutSpaces(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

// The last request the sandbox answered with this method and path.
inline QJsonObject lastSandboxRequest(SandboxFixture& sandbox, const QString& method, const QString& path)
{
    QJsonObject found;
    for (const QJsonValue& value : sandbox.sandboxJson(QStringLiteral("/sandbox/requests")).toArray()) {
        const QJsonObject request = value.toObject();
        if (request.value(QLatin1String("method")).toString() == method
            && request.value(QLatin1String("path")).toString() == path)
            found = request;
    }
    return found;
}

// Compares two records field by field (QCOMPARE names the field that differs).
#define PARTNERDESK_COMPARE_RECORDS(actual, expected)                                                                  \
    do {                                                                                                               \
        const PartnerDesk::EvidenceRecord& a_ = (actual);                                                              \
        const PartnerDesk::EvidenceRecord& e_ = (expected);                                                            \
        QCOMPARE(a_.id, e_.id);                                                                                        \
        QCOMPARE(a_.recordedAtUtc, e_.recordedAtUtc);                                                                  \
        QCOMPARE(a_.userId, e_.userId);                                                                                \
        QCOMPARE(a_.userPrincipalName, e_.userPrincipalName);                                                          \
        QCOMPARE(a_.role, e_.role);                                                                                    \
        QCOMPARE(a_.partnerType, e_.partnerType);                                                                      \
        QCOMPARE(a_.customerId, e_.customerId);                                                                        \
        QCOMPARE(a_.contact.firstName, e_.contact.firstName);                                                          \
        QCOMPARE(a_.contact.lastName, e_.contact.lastName);                                                            \
        QCOMPARE(a_.contact.email, e_.contact.email);                                                                  \
        QCOMPARE(a_.contact.phoneNumber, e_.contact.phoneNumber);                                                      \
        QCOMPARE(a_.acceptanceDate, e_.acceptanceDate);                                                                \
        QCOMPARE(a_.templateId, e_.templateId);                                                                        \
        QCOMPARE(a_.requestId, e_.requestId);                                                                          \
        QCOMPARE(a_.correlationId, e_.correlationId);                                                                  \
        QCOMPARE(a_.outcome, e_.outcome);                                                                              \
        QCOMPARE(a_.httpStatus, e_.httpStatus);                                                                        \
        QCOMPARE(a_.errorCode, e_.errorCode);                                                                          \
        QCOMPARE(a_.errorDescription, e_.errorDescription);                                                            \
        QCOMPARE(a_.channel, e_.channel);                                                                              \
        QCOMPARE(a_.contactRemovedAtUtc, e_.contactRemovedAtUtc);                                                      \
        QCOMPARE(a_, e_);                                                                                              \
    } while (false)

} // namespace PartnerDesk::Test
