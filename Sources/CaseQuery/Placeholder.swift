import CaseGraph
