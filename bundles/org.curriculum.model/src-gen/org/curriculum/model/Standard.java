/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Standard</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.Standard#getLevel <em>Level</em>}</li>
 *   <li>{@link org.curriculum.model.Standard#getElements <em>Elements</em>}</li>
 *   <li>{@link org.curriculum.model.Standard#getPerformanceCriteria <em>Performance Criteria</em>}</li>
 *   <li>{@link org.curriculum.model.Standard#getKnowledgeItems <em>Knowledge Items</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getStandard()
 * @model
 * @generated
 */
public interface Standard extends MappableItem {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getStandard_Level()
	 * @model
	 * @generated
	 */
	Integer getLevel();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Standard#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(Integer value);

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.StandardElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getStandard_Elements()
	 * @model containment="true"
	 * @generated
	 */
	EList<StandardElement> getElements();

	/**
	 * Returns the value of the '<em><b>Performance Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.PerformanceCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Performance Criteria</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getStandard_PerformanceCriteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<PerformanceCriterion> getPerformanceCriteria();

	/**
	 * Returns the value of the '<em><b>Knowledge Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.KnowledgeItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Knowledge Items</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getStandard_KnowledgeItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnowledgeItem> getKnowledgeItems();

} // Standard
