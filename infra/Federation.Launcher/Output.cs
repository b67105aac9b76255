namespace Federation.Launcher;

/// <summary>Console output shared by every process: one line at a time, a colour per city.</summary>
public static class Output
{
    private static readonly ConsoleColor[] Palette =
        [ConsoleColor.Cyan, ConsoleColor.Yellow, ConsoleColor.Green, ConsoleColor.Magenta, ConsoleColor.Blue, ConsoleColor.DarkCyan];
    private static readonly Dictionary<string, ConsoleColor> Colours = [];
    private static readonly Lock Gate = new();

    public static void Line(string city, string source, string text)
    {
        lock (Gate)
        {
            if (!Colours.TryGetValue(city, out var colour))
                Colours[city] = colour = Palette[Colours.Count % Palette.Length];
            Console.ForegroundColor = colour;
            Console.Write($"[{city}/{source}] ");
            Console.ResetColor();
            Console.WriteLine(text);
        }
    }

    public static void Info(string text) => Write(text, null);

    public static void Error(string text) => Write(text, ConsoleColor.Red);

    private static void Write(string text, ConsoleColor? colour)
    {
        lock (Gate)
        {
            if (colour is { } c) Console.ForegroundColor = c;
            Console.WriteLine(text);
            Console.ResetColor();
        }
    }

    /// <summary>A TextWriter for RabbitMqNode's progress lines (they carry their own [city] prefix).</summary>
    public static TextWriter Progress { get; } = new ProgressWriter();

    private sealed class ProgressWriter : StringWriter
    {
        public override void WriteLine(string? value) => Info(value ?? "");
    }
}
