using System.Globalization;
using System.Security;
using System.Text;
using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Core.Generation.Songs.Performance;

/// <summary>
/// Sings a melody with espeak-ng: SSML with a <c>prosody</c> per word (its pitch from the word's first note, its
/// rate stretched or squeezed to the notes' length, its intonation flattened so the note holds) and a pause after
/// each line. espeak-ng cannot change pitch inside a word, so a word of several syllables is sung on its first note.
/// The SSML goes in on stdin (never a shell); the words are XML-escaped.
/// </summary>
public sealed class EspeakSinger(string executable = "espeak-ng", string voice = "en+f3", TimeSpan? timeout = null)
{
    public const string Tool = "espeak-ng";

    // espeak-ng's pitch (percent of the voice's normal) against the pitch it sings, measured on en+f3 with a flattened range.
    private static readonly (double Percent, double Hertz)[] Calibration =
        [(20, 125), (40, 135), (60, 148), (80, 162), (100, 181), (130, 210), (160, 248), (200, 311)];

    // About how long espeak-ng takes for one syllable at its normal rate.
    private const double SecondsPerSyllable = 0.2;

    public async Task<SpeechAudio> SingAsync(SongMelody melody, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(melody);
        var wav = await PipedProcess.RunAsync(executable, ["-m", "--stdout", "-v", voice], Encoding.UTF8.GetBytes(Ssml(melody)), Tool,
            timeout ?? TimeSpan.FromSeconds(60), ct).ConfigureAwait(false);
        if (!WavFile.IsWav(wav)) throw new GenerationException(Tool, "The singing voice produced no usable audio.");
        WavFile.FixSizes(wav);
        return new SpeechAudio(wav, WavFile.MediaType, WavFile.Duration(wav));
    }

    public static string Ssml(SongMelody melody)
    {
        var ssml = new StringBuilder("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"en\">");
        foreach (var line in melody.Lines)
        {
            for (var w = 0; w < line.Words.Count; w++)
            {
                var notes = line.Notes.Where(n => n.Word == w).ToList();
                if (notes.Count == 0) continue;
                var seconds = notes.Sum(n => n.Beats) * melody.SecondsPerBeat;
                var rate = Math.Clamp(100 * notes.Count * SecondsPerSyllable / seconds, 30, 180);
                ssml.Append(CultureInfo.InvariantCulture,
                    $"<prosody range=\"x-low\" pitch=\"{PitchPercent(notes[0].Midi):0}%\" rate=\"{rate:0}%\">{SecurityElement.Escape(line.Words[w])}</prosody> ");
            }
            ssml.Append(CultureInfo.InvariantCulture, $"<break time=\"{line.RestBeats * melody.SecondsPerBeat * 1000:0}ms\"/>");
        }
        return ssml.Append("</speak>").ToString();
    }

    public static double Hertz(int midi) => 440 * Math.Pow(2, (midi - 69) / 12.0);

    /// <summary>The prosody pitch that makes espeak-ng sing <paramref name="midi"/>, by the calibration (clamped to its ends).</summary>
    public static double PitchPercent(int midi)
    {
        var hz = Hertz(midi);
        if (hz <= Calibration[0].Hertz) return Calibration[0].Percent;
        for (var i = 1; i < Calibration.Length; i++)
        {
            var (p0, h0) = Calibration[i - 1];
            var (p1, h1) = Calibration[i];
            if (hz <= h1) return p0 + (p1 - p0) * Math.Log(hz / h0) / Math.Log(h1 / h0);
        }
        return Calibration[^1].Percent;
    }
}
