#pragma once

#include "sandbox/FieldProblem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Reading request bodies the way Partner Center does: property names in any case (the
// .NET SDK posts PascalCase, the docs show camelCase), null values treated as absent, and
// a strict parser (no trailing commas, no comments).
namespace PartnerDesk::Sandbox::JsonInput {

// The body as a JSON object; nullopt with the parser's message when it is not one.
[[nodiscard]] std::optional<QJsonObject> parseObject(const QByteArray& body, QString* errorMessage);

// The member called `name` in any letter case; Undefined when absent or null.
[[nodiscard]] QJsonValue member(const QJsonObject& object, QStringView name);

// A nested object; an empty object when absent. A value of another type is a problem named
// `path`.
[[nodiscard]] QJsonObject objectMember(
    const QJsonObject& object, QStringView name, const QString& path, FieldProblems* problems);
[[nodiscard]] bool hasMember(const QJsonObject& object, QStringView name);

// A string member, trimmed; empty when absent. A value of another type is a problem.
[[nodiscard]] QString stringMember(
    const QJsonObject& object, QStringView name, const QString& path, FieldProblems* problems);

// As stringMember, and a problem "is required" when it is empty.
[[nodiscard]] QString requiredString(
    const QJsonObject& object, QStringView name, const QString& path, FieldProblems* problems);

} // namespace PartnerDesk::Sandbox::JsonInput
