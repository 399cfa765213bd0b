using Sitrep.Documents;

namespace Sitrep.Evaluation.Events;

/// <summary>
/// Our event labels as CASE 2021 labels. The contract keeps ACLED's sub-types and adds DIPLOMACY, STATEMENT,
/// MOBILIZATION and OTHER; CASE names the first two DIPLO and ATTRIB (claims and accusations of responsibility),
/// counts mobilisation under CHANGE_TO_GROUP_ACT, and splits OTHER into disasters and organised crime, which our
/// events carry as <see cref="Event.Subtype"/>.
/// </summary>
public static class CaseLabels
{
    public static string Of(Event? e) => e is null ? "OTHER" : Of(e.Type, e.Subtype);

    public static string Of(string type, string? subtype) => type switch
    {
        "DIPLOMACY" => "DIPLO",
        "STATEMENT" => "ATTRIB",
        "MOBILIZATION" => "CHANGE_TO_GROUP_ACT",
        "OTHER" when subtype is "NATURAL_DISASTER" or "MAN_MADE_DISASTER" or "ORG_CRIME" => subtype,
        _ => type,
    };
}
