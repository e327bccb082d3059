"""The anonymous evaluation's model: the answer store, results with the anonymity threshold,
ballot codes, tokens and topic wishes. The phone servers that collect the answers are
``groupguide.phone``. No Textual and no aiohttp here.
"""
