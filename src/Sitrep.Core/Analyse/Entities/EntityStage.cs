using Sitrep.Documents;
using Sitrep.Knowledge;
using Sitrep.Pipeline;

namespace Sitrep.Analyse.Entities;

/// <summary>Fills <c>entities</c>: names of people, organisations, armed groups and places, each with
/// one canonical name per entity in the document and a knowledge-base id where the actor table knows it.</summary>
public sealed class EntityStage(ActorKnowledgeBase kb, Gazetteer gazetteer, NameLexicons lexicons) : IAnalysisStage
{
    private readonly MentionDetector _detector = new(kb, gazetteer, lexicons);

    public EntityStage() : this(ActorTableReader.Default, GazetteerLoader.Default, NameLexicons.Default) { }

    public string Name => "entities";
    public string Description => "people, organisations, armed groups and places, with canonical names and knowledge-base ids";

    public Document Apply(Document document)
    {
        var mentions = Detect(document.Body);
        var entities = new List<EntityMention>(mentions.Count);
        foreach (var m in mentions)
        {
            if (m.Type == "OTHER" && m.Kb is null && m.SentenceStart && !m.Text.Contains(' ')) continue; // a lone capital at a sentence start proves nothing
            entities.Add(new EntityMention(m.Span, m.Text, m.Type, m.Canonical, m.Kb));
        }
        return document with { Entities = entities };
    }

    public List<Mention> Detect(string body)
    {
        var tokens = Tokenizer.Tokenize(body);
        BarePossessives.Mark(body, tokens, kb, gazetteer);
        var mentions = _detector.Detect(body, tokens);
        var resolved = EntityCoreference.Resolve(body, mentions, kb, _detector.WellKnownPlace, lexicons.FirstNames.Contains);
        return PersonNameRule.RetypeCommonWords(body, resolved, lexicons.FirstNames.Contains);
    }
}
