using System.Collections.Frozen;

namespace Sitrep.Knowledge;

/// <summary>
/// The actor knowledge base: every alias (and role phrase) keyed for lookup. Short all-capital aliases
/// ("IS", "SAA", "RT") match only in capitals, so the pronoun "us" or the verb "is" never becomes an actor;
/// every other alias matches on its folded form (<see cref="NameFolding"/>).
/// </summary>
public sealed class ActorKnowledgeBase
{
    private readonly Actor[] _actors;
    private readonly FrozenDictionary<string, int> _byFolded;
    private readonly FrozenDictionary<string, int> _byAcronym;
    private readonly FrozenDictionary<string, int> _byRole;
    private readonly FrozenDictionary<string, int> _byKb;
    private readonly Dictionary<string, int> _maxTokensByFirst = [];

    public IReadOnlyList<Actor> Actors => _actors;
    /// <summary>The longest alias in tokens, the longest phrase a matcher must try.</summary>
    public int MaxAliasTokens { get; }

    public ActorKnowledgeBase(IEnumerable<Actor> actors)
    {
        _actors = actors.ToArray();
        var folded = new Dictionary<string, int>();
        var acronyms = new Dictionary<string, int>(StringComparer.Ordinal);
        var roles = new Dictionary<string, int>();
        var byKb = new Dictionary<string, int>();
        var maxTokens = 1;
        for (var i = 0; i < _actors.Length; i++)
        {
            var a = _actors[i];
            byKb[a.Kb] = i;                                   // a later table overrides an earlier one
            foreach (var name in a.Aliases.Prepend(a.Canonical))
            {
                if (IsAcronym(name)) acronyms[name] = i;
                else
                {
                    var f = FoldAlias(name);
                    if (f.Length > 0) folded[f] = i;
                    var tokens = f.Count(c => c == ' ') + 1;
                    maxTokens = Math.Max(maxTokens, tokens);
                    var first = f.Split(' ')[0];
                    if (_maxTokensByFirst.GetValueOrDefault(first) < tokens) _maxTokensByFirst[first] = tokens;
                }
            }
            foreach (var role in a.Roles)
            {
                var f = FoldAlias(role);
                if (f.Length > 0) roles[f] = i;
                var tokens = f.Count(c => c == ' ') + 1;
                var first = f.Split(' ')[0];
                if (_maxTokensByFirst.GetValueOrDefault(first) < tokens) _maxTokensByFirst[first] = tokens;
            }
        }
        _byFolded = folded.ToFrozenDictionary();
        _byAcronym = acronyms.ToFrozenDictionary(StringComparer.Ordinal);
        _byRole = roles.ToFrozenDictionary();
        _byKb = byKb.ToFrozenDictionary();
        MaxAliasTokens = maxTokens;
    }

    /// <summary>Aliases are matched word by word with possessives cut ("Russia's" reads "Russia"), so they are keyed the same way.</summary>
    private static string FoldAlias(string name) =>
        NameFolding.Fold(name.Replace("'s ", " ").Replace("’s ", " "));

    /// <summary>All capitals (Latin or Cyrillic), 2 to 5 letters, dots allowed: "IS", "SAA", "U.N.", "ИГ".</summary>
    public static bool IsAcronym(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (c == '.') continue;
            if (!char.IsLetter(c) || !char.IsUpper(c)) return false;
            letters++;
        }
        return letters is >= 2 and <= 5;
    }

    /// <summary>The most words of an alias or role phrase starting with this folded word (0: none).</summary>
    public int MaxTokensStartingWith(string firstFolded) => _maxTokensByFirst.GetValueOrDefault(firstFolded);

    /// <summary>The actor a surface form names, if any.</summary>
    public Actor? Find(string surface)
    {
        if (IsAcronym(surface)) return _byAcronym.TryGetValue(surface, out var a) ? _actors[a] : null;
        return _byFolded.TryGetValue(NameFolding.Fold(surface), out var i) ? _actors[i] : null;
    }

    public Actor? FindFolded(string folded) => _byFolded.TryGetValue(folded, out var i) ? _actors[i] : null;

    public Actor? FindAcronym(string surface) => _byAcronym.TryGetValue(surface, out var i) ? _actors[i] : null;

    /// <summary>The actor a role phrase names ("Russian Foreign Minister" → Sergey Lavrov).</summary>
    public Actor? FindRole(string folded) => _byRole.TryGetValue(folded, out var i) ? _actors[i] : null;

    public Actor? ByKb(string kb) => _byKb.TryGetValue(kb, out var i) ? _actors[i] : null;
}
