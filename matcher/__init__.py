"""Ranking calls for an organization: dense + lexical similarity, eligibility verdicts, explanations."""
