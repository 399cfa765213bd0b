namespace Sitrep.Analyse.Attributions;

/// <summary>The cue classes of data/attribution-cues.txt (see the file's header for what each one means).</summary>
public enum CueKind : byte { Speech, Tell, Cognition, According, Passive, Extension, Participle, Stance, Appearance, Noun }

/// <summary>A cue found at a token: its class, strength (3 unambiguous … 1 weak) and length in tokens.</summary>
public readonly record struct CueMatch(CueKind Kind, int Strength, int Length);
