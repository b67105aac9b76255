using Microsoft.Data.Sqlite;

namespace Federation.Testing;

/// <summary>Reads a service's SQLite file with plain SQL, as an operator would: what the schema really holds.</summary>
public static class SqliteQuery
{
    /// <summary>The rows of <paramref name="sql"/> on <paramref name="file"/>, as texts: every column (NULL as "NULL"), or the one given.</summary>
    public static string[] Rows(string file, string sql, int? column = null)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            if (column is { } c) values.Add(reader.GetString(c));
            else for (var i = 0; i < reader.FieldCount; i++) values.Add(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString()!);
        }
        return [.. values];
    }
}
