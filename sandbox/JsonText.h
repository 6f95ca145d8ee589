#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace PartnerDesk::Sandbox {

// Compact JSON written straight to UTF-8 text, byte for byte what QJsonDocument::Compact writes
// for the same object when the keys are given in the order QJsonObject keeps them (sorted).
// For the hot answers only (a page of 500 customers): building QJsonObjects and serialising
// them cost several times more than the page's SQL.
class JsonText
{
public:
    JsonText& beginObject();
    JsonText& endObject();
    JsonText& beginArray();
    JsonText& endArray();
    // An object member's name; the value follows.
    JsonText& key(const char* name);
    JsonText& string(const QString& value);
    JsonText& number(qint64 value);
    JsonText& boolean(bool value);

    [[nodiscard]] QByteArray take() { return std::move(m_text); }

private:
    void beforeValue();

    QByteArray m_text;
    QList<bool> m_first; // per open container: no member written yet
    bool m_afterKey = false;
};

} // namespace PartnerDesk::Sandbox
