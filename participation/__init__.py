"""Who takes part and how: online reflections, attendance per meeting, the kwartiertje rota.

Reflection questions of a report can be opened to members, who answer on the meeting page;
answers stay hidden until a trekker approves them. Trekkers mark who came (registrations
and walk-ins) and see per meeting and per year which perspectives and regions are missing.
Members volunteer to present an LNW-kwartiertje; trekkers assign one to an agenda item.
"""
