#include "core/content/contentchecker.h"
#include "core/content/contentparsers.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

using Need = ObjectFields::Need;

class PoseParser
{
    Q_DECLARE_TR_FUNCTIONS(PoseParser)

public:
    explicit PoseParser(ContentChecker &checker)
        : m_checker(checker)
    { }

    std::optional<Pose> pose(const JsonValue &value, const QString &field);

private:
    void angle(ObjectFields &fields, const QString &key, double *target);
    void limb(ObjectFields &fields, const QString &key, LimbAngles *target);

    ContentChecker &m_checker;
};

void PoseParser::angle(ObjectFields &fields, const QString &key, double *target)
{
    if (const auto value = fields.number(
            key, Need::Optional, -180, 180, tr("joint angles are degrees from -180 to 180")))
        *target = *value;
}

void PoseParser::limb(ObjectFields &fields, const QString &key, LimbAngles *target)
{
    const JsonValue *value = fields.value(key, Need::Optional);
    if (!value)
        return;
    ObjectFields joints(m_checker, *value, fields.field(key),
        {u"hipFlexion"_s, u"hipAbduction"_s, u"hipRotation"_s, u"kneeFlexion"_s, u"ankleFlexion"_s,
            u"shoulderFlexion"_s, u"shoulderAbduction"_s, u"elbowFlexion"_s, u"wristFlexion"_s});
    angle(joints, u"hipFlexion"_s, &target->hipFlexion);
    angle(joints, u"hipAbduction"_s, &target->hipAbduction);
    angle(joints, u"hipRotation"_s, &target->hipRotation);
    angle(joints, u"kneeFlexion"_s, &target->kneeFlexion);
    angle(joints, u"ankleFlexion"_s, &target->ankleFlexion);
    angle(joints, u"shoulderFlexion"_s, &target->shoulderFlexion);
    angle(joints, u"shoulderAbduction"_s, &target->shoulderAbduction);
    angle(joints, u"elbowFlexion"_s, &target->elbowFlexion);
    angle(joints, u"wristFlexion"_s, &target->wristFlexion);
}

std::optional<Pose> PoseParser::pose(const JsonValue &value, const QString &field)
{
    const qsizetype errorsBefore = m_checker.errors().size();
    ObjectFields fields(m_checker, value, field,
        {u"pelvisPitch"_s, u"spineFlexion"_s, u"spineLateral"_s, u"spineTwist"_s, u"neckFlexion"_s,
            u"left"_s, u"right"_s, u"support"_s});
    Pose result;
    angle(fields, u"pelvisPitch"_s, &result.pelvisPitch);
    angle(fields, u"spineFlexion"_s, &result.spineFlexion);
    angle(fields, u"spineLateral"_s, &result.spineLateral);
    angle(fields, u"spineTwist"_s, &result.spineTwist);
    angle(fields, u"neckFlexion"_s, &result.neckFlexion);
    limb(fields, u"left"_s, &result.left);
    limb(fields, u"right"_s, &result.right);
    if (fields.choice(u"support"_s, Need::Optional, {u"floor"_s, u"chair"_s}) == u"chair"_s)
        result.support = PoseSupport::Chair;
    if (m_checker.errors().size() != errorsBefore)
        return std::nullopt;
    return result;
}

} // namespace

PoseFile parsePoseFile(const JsonValue &root, const QString &file)
{
    ContentChecker checker(file);
    PoseFile result;
    if (checker.checkFormat(root)) {
        ObjectFields fields(checker, root, QString(), {u"format"_s, u"poses"_s, u"$schema"_s});
        fields.string(u"$schema"_s, Need::Optional); // for editors; Limber ignores it
        const JsonValue *poses = fields.value(u"poses"_s, Need::Required);
        if (poses && !poses->isObject()) {
            checker.addError(*poses, u"poses"_s,
                PoseParser::tr("expected an object that maps pose ids to poses, "
                               "found %1")
                    .arg(ContentChecker::describe(*poses)));
        } else if (poses && poses->members.empty()) {
            checker.addError(*poses, u"poses"_s,
                PoseParser::tr("no poses; add at least one, such as "
                               "\"sitting-upright\": {\"pelvisPitch\": 0}"));
        } else if (poses) {
            PoseParser parser(checker);
            for (const JsonMember &member : poses->members) {
                const QString field = childField(u"poses"_s, member.key);
                JsonValue key;
                key.type = JsonValue::Type::String;
                key.string = member.key;
                key.line = member.line;
                key.column = member.column;
                const auto id = checker.id(key, field);
                const auto pose = parser.pose(member.value, field);
                if (id && pose)
                    result.poses.append({*id, *pose, {file, member.line, member.column, field}});
            }
        }
    }
    result.errors = checker.errors();
    if (!result.errors.isEmpty())
        result.poses.clear(); // a file is used whole or not at all
    return result;
}

} // namespace limber
