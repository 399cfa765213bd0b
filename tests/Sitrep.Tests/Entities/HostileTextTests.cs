using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Places;
using Sitrep.Documents;

namespace Sitrep.Tests.Entities;

/// <summary>Scraped text is hostile: whatever the body, tagging ends and every span points into it.</summary>
public class HostileTextTests
{
    private static readonly EntityStage Entities = new();
    private static readonly PlaceStage Places = new();

    private static Document Tag(string body) =>
        Places.Apply(Entities.Apply(new Document { Id = "h", Source = new SourceInfo(null, null, "text"), Body = body }));

    [Property(MaxTest = 300)]
    public Property Spans_always_lie_in_the_body_and_match_their_text(NonNull<string> noise, PositiveInt seed)
    {
        // Noise mixed with name-like material, so the rules actually fire.
        string[] parts = ["Palmyra", "al-Nusra", "U.S.", "Deir ez-Zor", "Лавров", "St. ", "Mr. ", "'s", "-", " of ", "\n", ", ", "ISIS", "A.", "Al-Qaeda-linked"];
        var body = noise.Get + parts[seed.Get % parts.Length] + noise.Get + parts[(seed.Get / 7) % parts.Length];
        var doc = Tag(body);
        var ok = doc.Entities.All(e => e.Span.Start >= 0 && e.Span.End <= body.Length && e.Span.Of(body) == e.Text)
                 && doc.Places.All(p => p.Span.Start >= 0 && p.Span.End <= body.Length && p.Span.Of(body) == p.Text
                                        && p.Lat is >= -90 and <= 90 && p.Lon is >= -180 and <= 180);
        return ok.ToProperty();
    }

    [Fact]
    public void Huge_and_odd_bodies_do_not_throw()
    {
        var huge = string.Concat(Enumerable.Repeat("The Syrian Arab Army shelled Raqqa. ", 20_000));
        Tag(huge).Places.Should().HaveCountGreaterThan(1000);
        Tag(new string('-', 5000)).Entities.Should().BeEmpty();
        Tag(string.Concat(Enumerable.Repeat("A.", 3000))).Places.Should().BeEmpty();
        Tag("\u0000\uFFFF\uD800 Aleppo \u200B").Places.Should().ContainSingle(p => p.Name == "Aleppo");
    }
}
