import CaseQuery
